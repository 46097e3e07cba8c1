import { z } from "zod";
import type { LatencyWindow } from "./types";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Each window and its step: about a hundred points whichever is shown (60 of 1 min, 96 of
 * 15 min, 84 of 2 h), each step's minutes merged by summing their buckets.
 */
export const LATENCY_WINDOWS: Record<LatencyWindow, { durationMs: number; stepMs: number }> = {
  "1h": { durationMs: HOUR_MS, stepMs: MINUTE_MS },
  "24h": { durationMs: 24 * HOUR_MS, stepMs: 15 * MINUTE_MS },
  "7d": { durationMs: 7 * 24 * HOUR_MS, stepMs: 2 * HOUR_MS },
};

export const latencyQuerySchema = z.strictObject({
  window: z.enum(["1h", "24h", "7d"], { message: 'window must be "1h", "24h" or "7d".' }).default("1h").describe("The last hour, day or week"),
});
