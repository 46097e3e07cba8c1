// The latency history as the API returns it. Types only: safe to import from the browser.

/** One score a node answered (or failed), as the scoring path reports it. */
export type ServiceScoreSample = {
  /** The service's name (the rollup is keyed by it). */
  service: string;
  /** Receipt to reply on the node (timings.serverMs); null when the request failed before scoring. */
  measuredMs: number | null;
  /** The simulated FPGA latency of the deployment's profile (simulated[0].totalMs); null on failure. */
  simulatedMs: number | null;
  /** Whether the request failed (any error answer). */
  isError: boolean;
};

/** One service's counts for one minute on one node: what a flush adds into Postgres. */
export type MinuteRollup = {
  service: string;
  /** The minute's start. */
  minute: Date;
  requests: number;
  errors: number;
  /** Counts per bucket of latency-buckets.ts (BUCKET_COUNT long). */
  measured: number[];
  simulated: number[];
};

export type LatencyWindow = "1h" | "24h" | "7d";

/** Percentiles in ms, read from merged histogram buckets (percentile-from-buckets.ts). */
export type LatencyPercentiles = { p50: number; p95: number; p99: number };

export type LatencyStats = {
  requests: number;
  errors: number;
  /** Requests over the time elapsed in the step (the current step is still filling). */
  requestsPerSecond: number;
  /** errors / requests; null without requests. */
  errorRate: number | null;
  /** Measured on the node (timings.serverMs); null when no request succeeded. */
  measuredMs: LatencyPercentiles | null;
  /** The simulated FPGA latency of the same requests; null when no request succeeded. */
  simulatedMs: LatencyPercentiles | null;
};

export type LatencyPoint = LatencyStats & { start: string };

export type ServiceLatencyDto = {
  service: string;
  window: LatencyWindow;
  stepSeconds: number;
  from: string;
  to: string;
  /** A percentile is within this fraction of the exact one (the histogram's bucket width). */
  bucketRelativeWidth: number;
  overall: LatencyStats;
  /** Oldest first, one per step, steps without requests included. */
  points: LatencyPoint[];
};
