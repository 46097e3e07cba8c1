import { z } from "zod";
import { computeNameSchema } from "@/lib/computes/schemas";
import { imageNameSchema } from "@/lib/images/schemas";
import { modelVersionSchema } from "@/lib/models/schemas";

// Azure ML web service names: 3–32 characters, lowercase letters, digits and '-',
// starting with a letter and not ending with '-'.
export const serviceNameSchema = z.string().regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/, "Service names are 3–32 lowercase letters, digits and '-', starting with a letter and not ending with '-'.");

export const MAX_REPLICAS = 16;

const autoscaleSchema = z
  .strictObject({
    enabled: z.boolean().default(false),
    minReplicas: z.int().min(1).max(MAX_REPLICAS).default(1),
    maxReplicas: z.int().min(1).max(MAX_REPLICAS).default(1),
    targetUtilization: z.int().min(1).max(100).default(70),
  })
  .refine((a) => a.minReplicas <= a.maxReplicas, "autoscale.minReplicas must not exceed maxReplicas.");

// Dynamic batching (lib/scoring/batch-inference.ts). 8 is the most requests the inference
// thread holds at once (concurrentTasksPerWorker in lib/threads/run-in-inference-thread.ts):
// a larger batch could never fill there, and every request would wait the whole delay.
export const MAX_BATCH_SIZE = 8;
export const MAX_QUEUE_DELAY_MS = 100;

const batchingFields = {
  /** Requests one inference may run together; 1 (off) by default, the FPGA design's batch of one. */
  maxBatchSize: z.int().min(1).max(MAX_BATCH_SIZE).default(1),
  /** How long the first request of a batch waits for others to join it, in ms. */
  maxQueueDelayMs: z.int().min(0).max(MAX_QUEUE_DELAY_MS).default(0),
};
const isBatchingConsistent = (b: { maxBatchSize: number; maxQueueDelayMs: number }) => b.maxBatchSize > 1 || b.maxQueueDelayMs === 0;
const batchingRule = { message: "maxQueueDelayMs waits for a batch to form: it needs maxBatchSize above 1.", path: ["maxQueueDelayMs"] };

/** A deployment's dynamic batching on its own (the deploy form checks it with the API's words). */
export const batchingSchema = z.object(batchingFields).refine(isBatchingConsistent, batchingRule);

export const createServiceSchema = z.strictObject({
  name: serviceNameSchema,
  image: z.strictObject({ name: imageNameSchema, version: modelVersionSchema }),
  compute: computeNameSchema,
  replicas: z.int().min(1).max(MAX_REPLICAS).default(1),
  /** FPGAs one replica spreads its model over; 1 unless the deployment asks for more. */
  fpgasPerReplica: z.int().min(1).max(8).default(1),
  autoscale: autoscaleSchema.optional(),
  authEnabled: z.boolean().default(true),
  ...batchingFields,
}).refine(isBatchingConsistent, batchingRule);
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

export const regenerateKeySchema = z.strictObject({ key: z.enum(["primary", "secondary"], { message: 'key must be "primary" or "secondary".' }) });
