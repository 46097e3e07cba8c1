import type { Task } from "graphile-worker";
import { modelsPullPayloadSchema } from "@/lib/jobs";
import { runModelPull } from "@/lib/pulls";

// models-pull: download a catalog model (mirror first), verify, register it.
export const modelsPull: Task = async (payload, helpers) => {
  const { pullId } = modelsPullPayloadSchema.parse(payload);
  await runModelPull({ pullId, signal: helpers.abortSignal });
};
