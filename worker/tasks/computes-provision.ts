import type { Task } from "graphile-worker";
import { runComputeProvision } from "@/lib/computes";
import { computePayloadSchema } from "@/lib/jobs";

// computes-provision: bring up a compute's simulated PB6 nodes on the live workers.
export const computesProvision: Task = async (payload, helpers) => {
  const { computeId } = computePayloadSchema.parse(payload);
  await runComputeProvision({ computeId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
};
