import type { Task } from "graphile-worker";
import { runConversion } from "@/lib/conversions";
import { conversionPayloadSchema } from "@/lib/jobs";

// conversions-run: rewrite a model's weights for the NPU, measure it, register the result.
export const conversionsRun: Task = async (payload, helpers) => {
  const { conversionId } = conversionPayloadSchema.parse(payload);
  await runConversion({ conversionId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
};
