import { z } from "zod";
import { latencyBreakdownSchema } from "../schemas/conversions";
import { logLineSchema } from "../schemas/logs";

// Deployed services (lib/services/types.ts).

const nameVersion = z.object({ name: z.string(), version: z.int() });

export const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(["Transitioning", "Healthy", "Unhealthy", "Failed", "Deleting"]),
  image: nameVersion,
  model: nameVersion.extend({ task: z.enum(["classification", "detection"]).describe("A detector answers detections, and detection tensors on TF Serving and v2") }),
  compute: z.string(),
  deviceProfile: z.string(),
  scoringUri: z.string().nullable().describe("Azure's scoring_uri: the cluster's scoring address (PUBLIC_SCORING_URL) when one is set, since any node routes a service's requests; else the node hosting the first ready replica"),
  grpcAddress: z.string().nullable().describe("host:port for gRPC (TF Serving, Open Inference Protocol v2): PUBLIC_GRPC_ADDRESS when set, else the gRPC server of a node with a ready replica"),
  grpcTls: z.boolean(),
  desiredReplicas: z.int(),
  fpgasPerReplica: z.int(),
  maxBatchSize: z.int().describe("Requests one CPU inference on the node may batch together (dynamic batching); 1 is off, the default"),
  maxQueueDelayMs: z.int().describe("How long the first request of a batch waits for others to join it, in ms"),
  replicas: z.array(z.object({ index: z.int(), node: z.string(), ready: z.boolean(), scoringUri: z.string().nullable() })),
  autoscale: z.object({ enabled: z.boolean(), minReplicas: z.int(), maxReplicas: z.int(), targetUtilization: z.int() }),
  authEnabled: z.boolean(),
  simulated: latencyBreakdownSchema.nullable().describe("The simulated latency of one image on this deployment"),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  keys: z.object({ primary: z.string().optional(), secondary: z.string().optional() }).optional().describe("Only in the answer that created them or regenerated one"),
  log: z.array(logLineSchema).optional(),
  links: z.object({ self: z.string(), score: z.string(), keys: z.string() }),
});

export const serviceListSchema = z.object({ items: z.array(serviceSchema) });
