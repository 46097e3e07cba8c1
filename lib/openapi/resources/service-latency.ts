import { z } from "zod";

// A service's latency history (lib/service-history/types.ts).

const percentilesSchema = z
  .object({ p50: z.number(), p95: z.number(), p99: z.number() })
  .describe("Percentiles in ms from the merged histogram buckets (nearest rank, log-interpolated within its bucket: within bucketRelativeWidth of the exact value)");

const statsSchema = z.object({
  requests: z.int(),
  errors: z.int(),
  requestsPerSecond: z.number().describe("Requests over the time elapsed in the step (the current one is still filling)"),
  errorRate: z.number().nullable().describe("errors / requests; null without requests"),
  measuredMs: percentilesSchema.nullable().describe("Measured on the node (server time); null when no request succeeded"),
  simulatedMs: percentilesSchema.nullable().describe("The simulated FPGA latency of the same requests; null when no request succeeded"),
});

export const serviceLatencySchema = z.object({
  service: z.string(),
  window: z.enum(["1h", "24h", "7d"]),
  stepSeconds: z.int().describe("60 for 1h, 900 for 24h, 7200 for 7d"),
  from: z.string(),
  to: z.string().describe("The end of the step holding the current minute"),
  bucketRelativeWidth: z.number().describe("Neighbouring histogram bounds differ by this fraction: the worst relative error of a percentile"),
  overall: statsSchema.describe("The whole window"),
  points: z.array(statsSchema.extend({ start: z.string() })).describe("One per step, oldest first, steps without requests included"),
});
