import type { Task } from "graphile-worker";
import { runImport, runPublish } from "@/lib/azure";
import { azureTransferPayloadSchema } from "@/lib/jobs";

// azure-import and azure-publish: move a model between a linked workspace and the registry.
// A failure that may pass (the network) is thrown, and graphile-worker runs the job again
// after e^attempts seconds; the transfer waits as Queued with the reason.
export const azureImport: Task = async (payload, helpers) => {
  const { transferId } = azureTransferPayloadSchema.parse(payload);
  await runImport({ transferId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
};

export const azurePublish: Task = async (payload, helpers) => {
  const { transferId } = azureTransferPayloadSchema.parse(payload);
  await runPublish({ transferId, signal: helpers.abortSignal, attempt: { number: helpers.job.attempts, max: helpers.job.max_attempts } });
};
