import { createHash } from "node:crypto";
import { open, rm } from "node:fs/promises";
import type { ChunkStream } from "./open-source-stream";
import { SourceFailure } from "./source-failure";

export type DownloadProgress = { bytesDone: number; bytesTotal: number; source: string };

type WriteVerifiedFileOptions = {
  chunks: ChunkStream;
  source: string;
  destination: string;
  expected: { bytes: number; sha256: string };
  signal: AbortSignal; // the attempt's signal: aborting it ends the read at once
  abort: (failure: SourceFailure) => void;
  idleTimeoutMs: number;
  onProgress?: (progress: DownloadProgress) => void;
};

const PROGRESS_INTERVAL_MS = 100;

/**
 * Streams one source into `destination` (created with "wx", so an existing file is
 * never overwritten) while hashing it, then checks size and sha256. On any failure the
 * partial file is removed before the error leaves.
 */
export async function writeVerifiedFile(options: WriteVerifiedFileOptions): Promise<{ sha256: string; bytes: number }> {
  const { chunks, source, destination, expected, signal, abort, idleTimeoutMs, onProgress } = options;
  const handle = await open(destination, "wx").catch((error: unknown) => {
    chunks.close();
    throw error;
  });
  const hash = createHash("sha256");
  let bytes = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  let idleTimer: NodeJS.Timeout | undefined;
  const armIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(
      () => abort(new SourceFailure("unreachable", `stalled: no data for ${idleTimeoutMs} ms`)),
      idleTimeoutMs,
    );
  };
  // Settles only when the attempt is aborted, so a read that never returns cannot hang us.
  let stopWaiting: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    stopWaiting = () => signal.removeEventListener("abort", onAbort);
  });
  aborted.catch(() => {});

  try {
    armIdleTimer();
    for (;;) {
      const { done, value } = await Promise.race([chunks.next(), aborted]);
      if (done || !value) break;
      armIdleTimer();
      bytes += value.byteLength;
      if (bytes > expected.bytes) {
        throw new SourceFailure("mismatch", `got more than the expected ${expected.bytes} bytes`);
      }
      hash.update(value);
      await handle.write(value);
      const now = performance.now();
      if (onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
        lastReport = now;
        onProgress({ bytesDone: bytes, bytesTotal: expected.bytes, source });
      }
    }
    clearTimeout(idleTimer);
    await handle.close();
    const sha256 = hash.digest("hex");
    if (bytes !== expected.bytes || sha256 !== expected.sha256) {
      throw new SourceFailure(
        "mismatch",
        `expected sha256 ${expected.sha256} (${expected.bytes} bytes), got sha256 ${sha256} (${bytes} bytes)`,
      );
    }
    onProgress?.({ bytesDone: bytes, bytesTotal: expected.bytes, source });
    return { sha256, bytes };
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(destination, { force: true });
    throw error;
  } finally {
    clearTimeout(idleTimer);
    stopWaiting();
    chunks.close();
  }
}
