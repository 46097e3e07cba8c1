import { pendingRollups } from "./pending-rollups";
import type { ServiceScoreSample } from "./types";

export type { ServiceScoreSample } from "./types";

/**
 * Counts one score into this process's rollup of its service and minute — in memory only:
 * the worker's flusher (start-latency-history.ts) adds the rollups into Postgres, so the
 * scoring path never waits on the database and nothing per request is stored.
 */
export function recordServiceScore(sample: ServiceScoreSample): void {
  pendingRollups.add(sample, Date.now());
}
