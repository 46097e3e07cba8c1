import type { OpenedService } from "@/lib/services/open-service-on-node";

// GetModelStatus and GET /v1/models/{name}: one version, the service's model's, in TF
// Serving's states (apis/get_model_status.proto). A service still deploying or whose FPGA
// is being reflashed is LOADING; one that failed or lost its nodes has ENDed, with why.

export type ModelVersionStatus = {
  version: number;
  state: "LOADING" | "AVAILABLE" | "END";
  status: { error_code: "OK" | "UNAVAILABLE"; error_message: string };
};

export function modelStatus(opened: OpenedService): ModelVersionStatus {
  const version = opened.deployment.model.version;
  if (!opened.unavailableReason) return { version, state: "AVAILABLE", status: { error_code: "OK", error_message: "" } };
  const isLoading = opened.service.state === "Transitioning" || opened.service.state === "Healthy";
  return { version, state: isLoading ? "LOADING" : "END", status: { error_code: "UNAVAILABLE", error_message: opened.unavailableReason } };
}
