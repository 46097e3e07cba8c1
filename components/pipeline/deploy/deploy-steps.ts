import { computeHref } from "@/components/computes/compute-links";
import { conversionHref } from "@/components/conversions/conversion-links";
import { imageHref } from "@/components/images/image-links";
import { serviceHref } from "@/components/services/service-links";

export type DeployStepKey = "convert" | "image" | "compute" | "service";

export type DeployStepRef =
  | { kind: "conversion"; id: string }
  | { kind: "image"; name: string; version: number }
  | { kind: "compute"; name: string }
  | { kind: "service"; name: string };

export type DeployStepStatus = {
  state: "pending" | "running" | "succeeded" | "failed" | "skipped";
  /** The resource the step created, once the API answered. */
  ref: DeployStepRef | null;
  error: unknown;
};

export const DEPLOY_STEP_LABELS: Record<DeployStepKey, string> = {
  convert: "Convert the model",
  image: "Build the image",
  compute: "Provision FPGA compute",
  service: "Deploy the service",
};

export const DEPLOY_STEP_ORDER: DeployStepKey[] = ["convert", "image", "compute", "service"];

/** Where each step's resource lives in the studio. */
export function stepHref(ref: DeployStepRef): string {
  switch (ref.kind) {
    case "conversion":
      return conversionHref(ref.id);
    case "image":
      return imageHref(ref);
    case "compute":
      return computeHref(ref.name);
    case "service":
      return serviceHref(ref.name);
  }
}
