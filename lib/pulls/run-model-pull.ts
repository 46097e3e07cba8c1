import { fetchCatalogSource, getCatalogEntry, isTransientFailure, modelPreprocessingOf, type FetchedCatalogFile } from "@/lib/catalog";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { registerModel } from "@/lib/models";
import { logger } from "@/lib/logging";

// This process\'s own log (lib/logging), beside the resource\'s log the studio shows.
const processLog = logger("pulls");

const PROGRESS_WRITE_INTERVAL_MS = 250;

export type PullAttempt = { number: number; max: number };

/**
 * The job side of a pull: download (mirror first), verify, register. Safe to run twice:
 * a finished pull returns at once, and an interrupted one starts the download over (a
 * partial file is never trusted).
 *
 * A failure that may pass — the network, a 5xx, a worker shutting down — is thrown, so
 * the job queue runs the pull again after a back-off; the pull waits as Queued with the
 * reason. A permanent one (a wrong file, a 404, a file the mirror lacks) and the last
 * attempt's failure end the pull as Failed, and the job completes.
 */
export async function runModelPull(options: { pullId: string; signal?: AbortSignal; attempt: PullAttempt }) {
  const { attempt } = options;
  const pull = await db.modelPull.findUnique({ where: { id: options.pullId } });
  if (!pull || pull.state === "Succeeded" || pull.state === "Failed") return;
  const entry = getCatalogEntry(pull.catalogId);
  const log = (message: string, level: "info" | "warn" | "error" = "info") =>
    db.resourceLog.create({ data: { resourceKind: "pull", resourceId: pull.id, level, message } });

  await db.modelPull.update({ where: { id: pull.id }, data: { state: "Running", bytesDone: 0n } });
  await log(`Downloading ${entry.fileName}${attempt.number > 1 ? ` (attempt ${attempt.number} of ${attempt.max})` : ""}`);
  let lastWrite = 0;
  let fetched: FetchedCatalogFile | undefined;
  try {
    fetched = await fetchCatalogSource({
      entry,
      mirrorDir: env().MODEL_MIRROR_DIR,
      mirrorUrl: env().MODEL_MIRROR_URL,
      signal: options.signal,
      idleTimeoutMs: env().PULL_IDLE_TIMEOUT_SECONDS * 1000,
      onProgress: ({ bytesDone, bytesTotal, source }) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_WRITE_INTERVAL_MS && bytesDone < bytesTotal) return;
        lastWrite = now;
        void db.modelPull
          .update({ where: { id: pull.id }, data: { bytesDone: BigInt(bytesDone), bytesTotal: BigInt(bytesTotal), source } })
          .catch((error: Error) => processLog.warn(`progress of ${pull.id} not recorded: ${error.message}`));
      },
    });
    await log(`Verified sha256 ${fetched.digest.slice(0, 12)}… (${fetched.sizeBytes} bytes) from ${fetched.source}`);
    const model = await registerModel({
      staged: fetched,
      name: entry.name,
      description: entry.description,
      tags: { catalog: entry.id, license: entry.license, task: entry.task },
      fileName: entry.fileName,
      catalogId: entry.id,
      preprocessing: modelPreprocessingOf(entry),
    });
    await db.modelPull.update({
      where: { id: pull.id },
      data: { state: "Succeeded", error: null, bytesDone: BigInt(fetched.sizeBytes), source: fetched.source, modelId: model.id, finishedAt: new Date() },
    });
    await log(`Registered ${model.name}:${model.version}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (options.signal?.aborted) {
      await db.modelPull.update({ where: { id: pull.id }, data: { state: "Queued", bytesDone: 0n } });
      await log("Interrupted: the worker is shutting down; the next worker starts the download again.", "warn");
      throw error;
    }
    if (isRetryable(error) && attempt.number < attempt.max) {
      await db.modelPull.update({ where: { id: pull.id }, data: { state: "Queued", bytesDone: 0n, error: message } });
      await log(`Attempt ${attempt.number} of ${attempt.max} failed, will retry: ${message}`, "warn");
      throw error;
    }
    await db.modelPull.update({ where: { id: pull.id }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    await log(attempt.number > 1 ? `Failed after ${attempt.number} attempts: ${message}` : message, "error");
  } finally {
    await fetched?.discard(); // does nothing once registered (committed)
  }
}

/** The fetcher says which of its failures may pass; anything unexpected (the database, the disk) may too. */
function isRetryable(error: unknown): boolean {
  return isTransientFailure(error) || !isAppError(error);
}
