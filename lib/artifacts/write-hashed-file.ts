import { createHash } from "node:crypto";
import { open, rm } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import { createStagingPath } from "./paths";
import { toStagedArtifact, type StagedArtifact } from "./staged-artifact";

export type WriteProgress = { bytesDone: number; bytesTotal?: number };

export type WriteHashedFileOptions = {
  source: Readable;
  /** Longer streams are refused (413) as soon as they pass it. */
  maxBytes?: number;
  /** What the file must be: an overrun fails at once, a short or wrong file at the end. */
  expected?: { bytes: number; sha256: string };
  /** Aborting ends the write at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Longest wait for the first or the next chunk; unset means wait for ever. */
  idleTimeoutMs?: number;
  /** At most every ~100 ms, plus one final call once the file is complete (and verified). */
  onProgress?: (progress: WriteProgress) => void;
  /** Sees every chunk on its way to the file, so a reader can work in the same pass (the ONNX slimmer). */
  onChunk?: (chunk: Buffer) => void;
};

const PROGRESS_INTERVAL_MS = 100;

/**
 * The one way a stream becomes a file in the store: streams `source` into a fresh
 * staging file while hashing it (nothing is held in memory), and returns it staged.
 * On any failure the partial file is removed and the source destroyed (releasing its
 * socket or descriptor) before the error leaves. A fault of the source itself leaves
 * unchanged, so that a caller can tell the source's fault from its own.
 */
export async function writeHashedFile(options: WriteHashedFileOptions): Promise<StagedArtifact> {
  const { source, maxBytes = Number.POSITIVE_INFINITY, expected, signal, idleTimeoutMs, onProgress, onChunk } = options;
  const hash = createHash("sha256");
  let bytesDone = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  let idleTimer: NodeJS.Timeout | undefined;

  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytesDone += chunk.length;
      if (bytesDone > maxBytes) {
        callback(new AppError("payload_too_large", `The file is larger than the limit of ${maxBytes} bytes.`, { limitBytes: maxBytes }));
        return;
      }
      if (expected && bytesDone > expected.bytes) {
        callback(new AppError("digest_mismatch", `Got more than the expected ${expected.bytes} bytes.`, { expected }));
        return;
      }
      armIdleTimer();
      hash.update(chunk);
      const now = performance.now();
      try {
        onChunk?.(chunk);
        if (onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
          lastReport = now;
          onProgress({ bytesDone, bytesTotal: expected?.bytes });
        }
      } catch (error) {
        // Thrown inside a stream callback it would be uncaught; fail the write instead.
        callback(error as Error);
        return;
      }
      callback(null, chunk);
    },
  });
  // Destroying one stage makes pipeline destroy them all, the source included.
  const stop = (error: unknown) => meter.destroy(error as Error);
  function armIdleTimer() {
    if (idleTimeoutMs === undefined) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(
      () => stop(new AppError("timeout", `The stream stalled: no data for ${idleTimeoutMs} ms.`, { idleTimeoutMs })),
      idleTimeoutMs,
    );
  }
  const onAbort = () => stop(signal?.reason);

  let tmpPath: string | undefined;
  try {
    signal?.throwIfAborted();
    const staging = await createStagingPath();
    // "wx": never write into a file someone else holds; only a file we created is ours to remove.
    const file = await open(staging, "wx");
    tmpPath = staging;
    const running = pipeline(source, meter, file.createWriteStream());
    // Only now may the meter be destroyed: the pipeline listens for its error.
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    armIdleTimer();
    await running;
    clearTimeout(idleTimer);
    const digest = hash.digest("hex");
    if (expected && (bytesDone !== expected.bytes || digest !== expected.sha256)) {
      throw new AppError(
        "digest_mismatch",
        `Expected sha256 ${expected.sha256} (${expected.bytes} bytes), got sha256 ${digest} (${bytesDone} bytes).`,
        { expected, got: { sha256: digest, bytes: bytesDone } },
      );
    }
    onProgress?.({ bytesDone, bytesTotal: expected?.bytes });
    return toStagedArtifact({ tmpPath, digest, sizeBytes: bytesDone });
  } catch (error) {
    source.destroy();
    if (tmpPath) await rm(tmpPath, { force: true });
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    clearTimeout(idleTimer);
    signal?.removeEventListener("abort", onAbort);
  }
}
