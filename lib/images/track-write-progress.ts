export type TrackWriteProgressOptions = {
  /** The bytes of file content to pack; each passes through the disk twice (layer, then archive). */
  payloadBytes: number;
  onProgress?: (fraction: number) => void;
};

export type WriteProgressTracker = {
  /** Counts bytes written to either file. */
  add: (bytes: number) => void;
  /** Reports 1: every byte of the archive is written. */
  finish: () => void;
};

// One call per whole percent at most: a 100 MB model moves in ~1,600 chunks of 64 KiB,
// and a caller that writes each call to a log or a database row needs far fewer.
const STEP = 0.01;
// Tar headers and the small JSON blobs are not known in advance; below 1 until done.
const MAX_BEFORE_DONE = 0.99;

/**
 * Turns bytes written into a 0..1 fraction that only rises. The total is estimated as
 * twice the payload (the layer is written once, then copied into the archive); the
 * estimate is off by a few KiB of tar headers, which the cap absorbs.
 */
export function trackWriteProgress(options: TrackWriteProgressOptions): WriteProgressTracker {
  const { onProgress } = options;
  const totalBytes = Math.max(1, 2 * options.payloadBytes);
  let bytesDone = 0;
  let lastReported = 0;
  return {
    add(bytes) {
      bytesDone += bytes;
      const fraction = Math.min(MAX_BEFORE_DONE, bytesDone / totalBytes);
      if (fraction - lastReported < STEP) return;
      lastReported = fraction;
      onProgress?.(fraction);
    },
    finish() {
      onProgress?.(1);
    },
  };
}
