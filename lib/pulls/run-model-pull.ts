import { fetchCatalogSource, getCatalogEntry, modelPreprocessingOf, type FetchedCatalogFile } from "@/lib/catalog";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { registerModel } from "@/lib/models";

const PROGRESS_WRITE_INTERVAL_MS = 250;

/**
 * The worker side of a pull: download (mirror first), verify, register. Safe to run
 * twice: a finished pull returns at once, and an interrupted one starts the download
 * over (a partial file is never trusted).
 */
export async function runModelPull(options: {
  pullId: string;
  signal?: AbortSignal;
  /** Called with each progress report the downloader makes (the CLI prints them). */
  onProgress?: (progress: { bytesDone: number; bytesTotal: number; source: string }) => void;
}) {
  const pull = await db.modelPull.findUnique({ where: { id: options.pullId } });
  if (!pull || pull.state === "Succeeded" || pull.state === "Failed") return;
  const entry = getCatalogEntry(pull.catalogId);
  const log = (message: string, level: "info" | "warn" | "error" = "info") =>
    db.resourceLog.create({ data: { resourceKind: "pull", resourceId: pull.id, level, message } });

  await db.modelPull.update({ where: { id: pull.id }, data: { state: "Running", bytesDone: 0n, error: null } });
  await log(`Downloading ${entry.fileName}`);
  let lastWrite = 0;
  let fetched: FetchedCatalogFile | undefined;
  try {
    fetched = await fetchCatalogSource({
      entry,
      mirrorDir: env().MODEL_MIRROR_DIR,
      signal: options.signal,
      idleTimeoutMs: env().PULL_IDLE_TIMEOUT_SECONDS * 1000,
      onProgress: ({ bytesDone, bytesTotal, source }) => {
        options.onProgress?.({ bytesDone, bytesTotal, source });
        const now = Date.now();
        if (now - lastWrite < PROGRESS_WRITE_INTERVAL_MS && bytesDone < bytesTotal) return;
        lastWrite = now;
        void db.modelPull
          .update({ where: { id: pull.id }, data: { bytesDone: BigInt(bytesDone), bytesTotal: BigInt(bytesTotal), source } })
          .catch(() => {});
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
      data: { state: "Succeeded", bytesDone: BigInt(fetched.sizeBytes), source: fetched.source, modelId: model.id, finishedAt: new Date() },
    });
    await log(`Registered ${model.name}:${model.version}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.modelPull.update({ where: { id: pull.id }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    await log(message, "error");
  } finally {
    await fetched?.discard(); // does nothing once registered (committed)
  }
}
