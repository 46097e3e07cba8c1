import { BUCKET_COUNT, bucketOf } from "./latency-buckets";
import type { MinuteRollup, ServiceScoreSample } from "./types";

const MINUTE_MS = 60_000;

/**
 * Rollups per (service, minute) held in memory until taken. A node keeps one
 * (pending-rollups.ts); a test can keep two to play two nodes writing the same minute.
 */
export class RollupBuffer {
  #rollups = new Map<string, MinuteRollup>();

  add(sample: ServiceScoreSample, atMs: number): void {
    const rollup = this.#rollupOf(sample.service, Math.floor(atMs / MINUTE_MS) * MINUTE_MS);
    rollup.requests += 1;
    if (sample.isError) rollup.errors += 1;
    if (sample.measuredMs !== null) rollup.measured[bucketOf(sample.measuredMs)] += 1;
    if (sample.simulatedMs !== null) rollup.simulated[bucketOf(sample.simulatedMs)] += 1;
  }

  /** Adds whole rollups in (a failed flush's, put back for the next attempt). */
  merge(rollups: readonly MinuteRollup[]): void {
    for (const from of rollups) {
      const into = this.#rollupOf(from.service, from.minute.getTime());
      into.requests += from.requests;
      into.errors += from.errors;
      for (let i = 0; i < BUCKET_COUNT; i += 1) {
        into.measured[i] += from.measured[i] ?? 0;
        into.simulated[i] += from.simulated[i] ?? 0;
      }
    }
  }

  /** Everything held, which is forgotten here: one rollup per (service, minute). */
  take(): MinuteRollup[] {
    const taken = [...this.#rollups.values()];
    this.#rollups = new Map();
    return taken;
  }

  #rollupOf(service: string, minuteMs: number): MinuteRollup {
    // The minute first: it holds no colon, so the first colon splits any name unambiguously.
    const key = `${minuteMs}:${service}`;
    let rollup = this.#rollups.get(key);
    if (!rollup) {
      rollup = { service, minute: new Date(minuteMs), requests: 0, errors: 0, measured: new Array<number>(BUCKET_COUNT).fill(0), simulated: new Array<number>(BUCKET_COUNT).fill(0) };
      this.#rollups.set(key, rollup);
    }
    return rollup;
  }
}
