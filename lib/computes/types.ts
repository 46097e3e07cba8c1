// The compute resource as the API returns it. Types only: safe to import from the browser.
import type { LogLine } from "@/lib/logs/types";

export type ComputeState = "Creating" | "Succeeded" | "Failed" | "Deleting";
export const REGIONS = ["eastus", "westus2", "westeurope", "southeastasia"] as const;
export type Region = (typeof REGIONS)[number];

export type ComputeNodeDto = {
  name: string;
  /** The worker process hosting this node (its simulated FPGA); null when none is live. */
  worker: { id: string; hostname: string; isLive: boolean } | null;
  fpga: "Arria 10 GX 1150";
  /** "Idle": no model; "Reflashing": loading a model (answers UNAVAILABLE); "Ready": serving. */
  state: "Idle" | "Reflashing" | "Ready";
  loadedDigest: string | null;
  service: string | null;
  /** The replica of `service` on this FPGA; null when free. */
  replica: { index: number; ready: boolean } | null;
};

export type ComputeDto = {
  id: string;
  name: string;
  vmSize: string;
  agentCount: number;
  region: Region;
  vcpus: number;
  state: ComputeState;
  progress: number;
  nodes: ComputeNodeDto[];
  errors: { code: string; message: string }[];
  services: string[];
  createdAt: string;
  updatedAt: string;
  log?: LogLine[];
  links: { self: string };
};

export type QuotaDto = { region: Region; name: "Standard PBS Family vCPUs"; currentValue: number; limit: number; unit: "vCPUs" };
