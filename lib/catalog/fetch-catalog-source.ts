import { stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { openMirrorFile, openUrl, type ChunkStream } from "./open-source-stream";
import type { CatalogEntry } from "./schemas";
import { SourceFailure, toSourceFailure } from "./source-failure";
import { writeVerifiedFile, type DownloadProgress } from "./write-verified-file";

export type FetchCatalogSourceOptions = {
  entry: CatalogEntry;
  // Folder holding zoo files under their zoo names (MODEL_MIRROR_DIR); tried first.
  mirrorDir?: string;
  // Where the verified file ends up. Must not exist yet; the caller owns the path.
  destination: string;
  // At most every ~100 ms, plus one final call at 100%. Restarts from 0 when a
  // source fails and the next one begins (`source` changes).
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  connectTimeoutMs?: number; // until response headers arrive
  idleTimeoutMs?: number; // longest wait for the next chunk of the body
};

export type FetchCatalogSourceResult = { source: string; sha256: string; bytes: number };
export type SourceAttempt = { source: string; reason: string };

type Candidate = { source: string; open: (signal: AbortSignal, abort: (f: SourceFailure) => void) => Promise<ChunkStream> };

/**
 * Downloads a catalog entry's file to `destination`: the mirror copy first, then each
 * URL in order, accepting only a file whose size and sha256 match the entry (the zoo
 * moved hosts in 2025, so no host is trusted for content; CATALOG.md). Rejects with
 * AppError "digest_mismatch" when some source delivered a wrong file and none a right
 * one, "source_unreachable" when no source delivered a file, or the signal's reason
 * when aborted. Whatever the outcome, no partial file is left at `destination`.
 */
export async function fetchCatalogSource(options: FetchCatalogSourceOptions): Promise<FetchCatalogSourceResult> {
  const { entry, mirrorDir, destination, onProgress, signal } = options;
  const { connectTimeoutMs = 15_000, idleTimeoutMs = 30_000 } = options;
  signal?.throwIfAborted();
  const attempts: (SourceAttempt & { kind: SourceFailure["kind"] })[] = [];

  const candidates: Candidate[] = entry.urls.map((url) => ({
    source: url,
    open: (attemptSignal, abort) =>
      openUrl({ url, signal: attemptSignal, abort, connectTimeoutMs, expectedBytes: entry.bytes }),
  }));
  if (mirrorDir) {
    const mirrorPath = path.resolve(mirrorDir, entry.fileName);
    if (await isFile(mirrorPath)) {
      candidates.unshift({ source: mirrorPath, open: async (attemptSignal) => openMirrorFile(mirrorPath, attemptSignal) });
    } else {
      attempts.push({ source: mirrorPath, reason: "not found in the mirror", kind: "missing" });
    }
  }

  for (const { source, open } of candidates) {
    signal?.throwIfAborted();
    const attempt = new AbortController();
    const abort = (failure: SourceFailure) => attempt.abort(failure);
    const forwardAbort = () => attempt.abort(signal?.reason);
    signal?.addEventListener("abort", forwardAbort, { once: true });
    try {
      const chunks = await open(attempt.signal, abort);
      const expected = { bytes: entry.bytes, sha256: entry.sha256 };
      const written = await writeVerifiedFile({
        chunks, source, destination, expected, signal: attempt.signal, abort, idleTimeoutMs, onProgress,
      });
      return { source, ...written };
    } catch (error) {
      signal?.throwIfAborted();
      // Only source faults move us on; a local fault (destination exists, disk full) ends it.
      if (!attempt.signal.aborted && !(error instanceof SourceFailure)) throw error;
      const failure = toSourceFailure(error, attempt.signal);
      attempts.push({ source, reason: failure.message, kind: failure.kind });
    } finally {
      signal?.removeEventListener("abort", forwardAbort);
    }
  }
  throw buildFailure(entry, attempts);
}

async function isFile(filePath: string): Promise<boolean> {
  return stat(filePath).then((s) => s.isFile(), () => false);
}

function buildFailure(entry: CatalogEntry, attempts: (SourceAttempt & { kind: string })[]): AppError {
  const tried = attempts.length
    ? attempts.map((a) => `${a.source} — ${a.reason}`).join("; ")
    : "no download URL is known for this file; it installs only from a mirror";
  const hint = `Set MODEL_MIRROR_DIR to a folder holding ${entry.fileName} to install offline.`;
  const details = { attempts: attempts.map(({ source, reason }) => ({ source, reason })) };
  if (attempts.some((a) => a.kind === "mismatch")) {
    return new AppError("digest_mismatch", `Could not verify ${entry.id}: ${tried}. ${hint}`, {
      ...details,
      expected: { sha256: entry.sha256, bytes: entry.bytes },
    });
  }
  return new AppError("source_unreachable", `Could not download ${entry.id}: ${tried}. ${hint}`, details);
}
