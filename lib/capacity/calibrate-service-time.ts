import type { ScoreTimings } from "@/lib/serving/score-response";

// One replica's service time, measured: the calibration images scored one at a time
// (a replica serves one request at a time, ./predict-queue.ts), each timed from the
// caller's side. Sequential on purpose: concurrent requests would measure contention,
// not the service time the queueing model wants.

export type ServiceSample = {
  /** The caller's wall time of the whole request: what a replica is busy for on this machine. */
  wallMs: number;
  /** The worker's own timings of that request (lib/scoring ScoreTimings). */
  timings: ScoreTimings;
};

export type CalibrateServiceTimeOptions = {
  images: readonly Uint8Array[];
  /** Scores one image and returns the worker's timings (the API: through a worker; the bench: in-process). */
  score: (image: Uint8Array) => Promise<ScoreTimings>;
  /** Requests taken, cycling through the images. */
  samples: number;
  /** Stop early once this much time has gone, if `minSamples` are in: a slow model need not hold a node for long. */
  budgetMs?: number;
  minSamples?: number;
  /** Requests run first and dropped: the first loads the model's session. */
  warmup: number;
};

export async function calibrateServiceTime({ images, score, samples, warmup, budgetMs = Number.POSITIVE_INFINITY, minSamples = samples }: CalibrateServiceTimeOptions): Promise<ServiceSample[]> {
  if (images.length === 0) throw new Error("calibrateServiceTime needs at least one image");
  for (let i = 0; i < warmup; i++) await score(images[i % images.length]);
  const measured: ServiceSample[] = [];
  const until = performance.now() + budgetMs;
  for (let i = 0; i < samples && (i < minSamples || performance.now() < until); i++) {
    const started = performance.now();
    const timings = await score(images[i % images.length]);
    measured.push({ wallMs: performance.now() - started, timings });
  }
  return measured;
}

