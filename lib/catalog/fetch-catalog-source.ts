import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
// Straight from the file: the artifacts index also loads the database client.
import { writeHashedFile } from "@/lib/artifacts/write-hashed-file";
import type { StagedArtifact } from "@/lib/artifacts/staged-artifact";
import { isAppError } from "@/lib/errors";
import { buildFetchFailure, type SourceAttempt } from "./build-fetch-failure";
import { openUrlStream } from "./open-url-stream";
import type { CatalogEntry } from "./schemas";
import { SourceFailure, toSourceFailure, type SourceFailureKind } from "./source-failure";

export type DownloadProgress = { bytesDone: number; bytesTotal: number; source: string };

export type FetchCatalogSourceOptions = {
  entry: CatalogEntry;
  // Folder holding zoo files under their zoo names (MODEL_MIRROR_DIR); tried first.
  mirrorDir?: string;
  // An HTTP(S) server holding the same files (MODEL_MIRROR_URL), e.g. an organisation's
  // artifact store; tried after the folder and before the public hosts.
  mirrorUrl?: string;
  // At most every ~100 ms, plus one final call at 100%. Restarts from 0 when a
  // source fails and the next one begins (`source` changes).
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  connectTimeoutMs?: number; // until response headers arrive
  idleTimeoutMs?: number; // longest wait for the next chunk of the body
};

/** The verified file, staged (the caller commits or discards it), and where it came from. */
export type FetchedCatalogFile = StagedArtifact & { source: string };

type Candidate = { source: string; open: (signal: AbortSignal, abort: (f: SourceFailure) => void) => Promise<Readable> };

/**
 * Downloads a catalog entry's file into the artifact staging folder: the mirror copy
 * first, then each URL in order, accepting only a file whose size and sha256 match the
 * entry (the zoo moved hosts in 2025, so no host is trusted for content; CATALOG.md).
 * When no source delivers it, rejects with the AppError of buildFetchFailure, whose
 * `details.isTransient` says whether a retry may help; when aborted, with the signal's
 * reason. No partial or wrong file is ever left behind.
 */
export async function fetchCatalogSource(options: FetchCatalogSourceOptions): Promise<FetchedCatalogFile> {
  const { entry, mirrorDir, mirrorUrl, onProgress, signal } = options;
  const { connectTimeoutMs = 15_000, idleTimeoutMs = 30_000 } = options;
  signal?.throwIfAborted();
  const attempts: (SourceAttempt & { kind: SourceFailureKind })[] = [];

  const urls = mirrorUrl ? [`${mirrorUrl.replace(/\/+$/, "")}/${encodeURIComponent(entry.fileName)}`, ...entry.urls] : entry.urls;
  const candidates: Candidate[] = urls.map((url) => ({
    source: url,
    open: (attemptSignal, abort) => openUrlStream({ url, signal: attemptSignal, abort, connectTimeoutMs, expectedBytes: entry.bytes }),
  }));
  if (mirrorDir) {
    const mirrorPath = path.resolve(mirrorDir, entry.fileName);
    if (await isFile(mirrorPath)) {
      candidates.unshift({ source: mirrorPath, open: async () => createReadStream(mirrorPath, { highWaterMark: 1 << 20 }) });
    } else {
      attempts.push({ source: mirrorPath, reason: "not found in the mirror", kind: "missing" });
    }
  }

  for (const { source, open } of candidates) {
    signal?.throwIfAborted();
    const attempt = new AbortController();
    const forwardAbort = () => attempt.abort(signal?.reason);
    signal?.addEventListener("abort", forwardAbort, { once: true });
    let sourceError: unknown;
    try {
      const stream = await open(attempt.signal, (failure) => attempt.abort(failure));
      stream.on("error", (error) => (sourceError ??= error));
      const staged = await writeHashedFile({
        source: stream,
        expected: { bytes: entry.bytes, sha256: entry.sha256 },
        signal: attempt.signal,
        idleTimeoutMs,
        onProgress: ({ bytesDone }) => onProgress?.({ bytesDone, bytesTotal: entry.bytes, source }),
      });
      return Object.assign(staged, { source });
    } catch (error) {
      signal?.throwIfAborted();
      // Only a fault of the source moves us on; a local one (disk full, no staging folder) ends it.
      if (!isSourceFault(error, sourceError, attempt.signal)) throw error;
      const failure = toSourceFailure(error, attempt.signal);
      attempts.push({ source, reason: failure.message, kind: failure.kind });
    } finally {
      signal?.removeEventListener("abort", forwardAbort);
    }
  }
  throw buildFetchFailure({ entry, attempts });
}

async function isFile(filePath: string): Promise<boolean> {
  return stat(filePath).then((s) => s.isFile(), () => false);
}

function isSourceFault(error: unknown, sourceError: unknown, attemptSignal: AbortSignal): boolean {
  if (attemptSignal.aborted || error instanceof SourceFailure) return true;
  if (sourceError !== undefined && error === sourceError) return true;
  // writeHashedFile's verdicts on what the source sent.
  return isAppError(error) && (error.code === "digest_mismatch" || error.code === "timeout");
}
