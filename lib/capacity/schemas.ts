import { z } from "zod";
import { REGIONS } from "@/lib/computes/types";
import { deviceProfileIdSchema } from "@/lib/fpga/schemas";
import { modelNameSchema, modelVersionSchema } from "@/lib/models/schemas";

// The query of GET /api/v1/plan. Strict, so a misspelt parameter (p99 for p99Ms) is named
// in a 400 rather than silently planned without.

const positive = (what: string, max: number) =>
  z.coerce.number({ message: `${what} must be a number.` }).positive(`${what} must be above 0.`).max(max, `${what} is at most ${max}.`);

export const planQuerySchema = z.strictObject({
  model: modelNameSchema.describe("A converted (accel-onnx) model"),
  version: modelVersionSchema,
  profile: deviceProfileIdSchema.optional().describe("The device profile to simulate; the one the model was converted for when omitted"),
  rps: positive("rps", 1_000_000).describe("Target request rate, requests per second"),
  p99Ms: positive("p99Ms", 600_000).describe("Target 99th-percentile response time, ms"),
  fpgasPerReplica: z.coerce.number().int().min(1).max(8).default(1).describe("FPGAs one replica spreads its model over, as the deployment would ask"),
  region: z.enum(REGIONS, { message: `Region must be one of ${REGIONS.join(", ")}.` }).optional().describe("Compare the quota needed with this region's only; every region when omitted"),
});
export type PlanQuery = z.infer<typeof planQuerySchema>;
