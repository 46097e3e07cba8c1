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

export const createServiceSchema = z.strictObject({
  name: serviceNameSchema,
  image: z.strictObject({ name: imageNameSchema, version: modelVersionSchema }),
  compute: computeNameSchema,
  replicas: z.int().min(1).max(MAX_REPLICAS).default(1),
  /** FPGAs one replica spreads its model over; 1 unless the deployment asks for more. */
  fpgasPerReplica: z.int().min(1).max(8).default(1),
  autoscale: autoscaleSchema.optional(),
  authEnabled: z.boolean().default(true),
});
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

export const regenerateKeySchema = z.strictObject({ key: z.enum(["primary", "secondary"], { message: 'key must be "primary" or "secondary".' }) });
