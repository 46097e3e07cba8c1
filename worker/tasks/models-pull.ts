import type { Task } from "graphile-worker";
import { modelsPullPayloadSchema } from "@/lib/jobs";
import { runModelPull } from "@/lib/pulls";

// models-pull: download a catalog model (mirror first), verify, register. A failure that
// may pass is thrown, and graphile-worker runs the job again after e^attempts seconds.
export const modelsPull: Task = async (payload, helpers) => {
  const { pullId } = modelsPullPayloadSchema.parse(payload);
  await runModelPull({ pullId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
};
