// The service resource as the API returns it. Types only: safe to import from the browser.
import type { LatencyBreakdown } from "@/lib/conversions/types";
import type { LogLine } from "@/lib/logs/types";

export type ServiceState = "Transitioning" | "Healthy" | "Unhealthy" | "Failed" | "Deleting";

export type ServiceReplicaDto = { index: number; node: string; ready: boolean; scoringUri: string | null };

export type ServiceDto = {
  id: string;
  name: string;
  state: ServiceState;
  image: { name: string; version: number };
  /** The served model; a detector's protocols answer detection tensors (the Consume tab lists them). */
  model: { name: string; version: number; task: "classification" | "detection" };
  compute: string;
  deviceProfile: string;
  /** The scoring URI of the node hosting the first ready replica (Azure's scoring_uri). */
  scoringUri: string | null;
  /** host:port of the gRPC server (TF Serving, Open Inference Protocol v2) of the node hosting the first ready replica. */
  grpcAddress: string | null;
  /** Whether the nodes' gRPC servers speak TLS (clients then need the CA of their certificate). */
  grpcTls: boolean;
  desiredReplicas: number;
  fpgasPerReplica: number;
  /** Requests one CPU inference may batch together; 1 is off (the default). */
  maxBatchSize: number;
  /** How long the first request of a batch waits for others, in ms. */
  maxQueueDelayMs: number;
  replicas: ServiceReplicaDto[];
  autoscale: { enabled: boolean; minReplicas: number; maxReplicas: number; targetUtilization: number };
  authEnabled: boolean;
  /** The simulated latency of one image on this deployment (one FPGA per replica unless asked). */
  simulated: LatencyBreakdown | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  /** Only in the answer that created them or regenerated one: never stored, never shown again. */
  keys?: { primary?: string; secondary?: string };
  log?: LogLine[];
  links: { self: string; score: string; keys: string };
};
