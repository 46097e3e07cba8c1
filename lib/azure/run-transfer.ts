import type { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import type { TokenCredential } from "@azure/identity";
import { db, type AzureWorkspace } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { JobAttempt } from "@/lib/jobs";
import { resourceLogger } from "@/lib/logs";
import { toAzureError } from "./to-azure-error";
import { transferInclude, type TransferRow } from "./to-transfer-dto";
import { workspaceClient, workspaceCredential } from "./workspace-client";
import { logger } from "@/lib/logging";

// This process\'s own log (lib/logging), beside the resource\'s log the studio shows.
const processLog = logger("azure");

const PROGRESS_WRITE_INTERVAL_MS = 250;

export type TransferContext = {
  transfer: TransferRow;
  workspace: AzureWorkspace;
  client: AzureMachineLearningWorkspaces;
  credential: TokenCredential;
  signal?: AbortSignal;
  log: ReturnType<typeof resourceLogger>;
  /** Records bytes moved, at most every 250 ms (and always the last call with done = total). */
  progress: (bytesDone: number, bytesTotal: number) => void;
};

/**
 * The job side shared by imports and publishes: the transfer goes Running, `work` moves
 * the model and marks it Succeeded in its final transaction, and a failure is sorted the
 * way catalog pulls sort theirs. One that may pass (the network, Azure's 5xx, a worker
 * shutting down) is thrown so graphile-worker runs the job again after its back-off, the
 * transfer waiting as Queued with the reason; a permanent one (a missing blob, a model
 * that is not ONNX, a refusal) and the last attempt's failure end it as Failed.
 */
export async function runTransfer(options: { transferId: string; signal?: AbortSignal; attempt: JobAttempt }, work: (context: TransferContext) => Promise<void>): Promise<void> {
  const { attempt, signal } = options;
  const transfer = await db.azureTransfer.findUnique({ where: { id: options.transferId }, include: transferInclude });
  if (!transfer || transfer.state === "Succeeded" || transfer.state === "Failed") return;
  const log = resourceLogger("azure_transfer", transfer.id);
  await db.azureTransfer.update({ where: { id: transfer.id }, data: { state: "Running", bytesDone: 0n } });
  if (attempt.number > 1) await log(`Attempt ${attempt.number} of ${attempt.max}`);
  let lastWrite = 0;
  const progress = (bytesDone: number, bytesTotal: number) => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_WRITE_INTERVAL_MS && bytesDone < bytesTotal) return;
    lastWrite = now;
    void db.azureTransfer
      .updateMany({ where: { id: transfer.id, state: "Running" }, data: { bytesDone: BigInt(bytesDone), bytesTotal: BigInt(bytesTotal) } })
      .catch((error: Error) => processLog.warn(`progress of ${transfer.id} not recorded: ${error.message}`));
  };
  const credential = workspaceCredential(transfer.workspace);
  try {
    await work({ transfer, workspace: transfer.workspace, client: workspaceClient(transfer.workspace, credential), credential, signal, log, progress });
  } catch (raw) {
    const error = signal?.aborted ? raw : toAzureError(raw, transfer.workspace);
    const message = error instanceof Error ? error.message : String(error);
    if (signal?.aborted) {
      await db.azureTransfer.update({ where: { id: transfer.id }, data: { state: "Queued", bytesDone: 0n } });
      await log("Interrupted: the worker is shutting down; the next worker starts the transfer again.", "warn");
      throw raw;
    }
    if (mayPass(error) && attempt.number < attempt.max) {
      await db.azureTransfer.update({ where: { id: transfer.id }, data: { state: "Queued", bytesDone: 0n, error: message } });
      await log(`Attempt ${attempt.number} of ${attempt.max} failed, will retry: ${message}`, "warn");
      throw error;
    }
    await db.azureTransfer.update({ where: { id: transfer.id }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    await log(attempt.number > 1 ? `Failed after ${attempt.number} attempts: ${message}` : message, "error");
  }
}

function mayPass(error: unknown): boolean {
  return !isAppError(error) || error.code === "azure_unreachable" || error.code === "unavailable";
}
