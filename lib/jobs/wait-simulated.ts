import { setTimeout as sleep } from "node:timers/promises";

/**
 * Waits out a simulated duration in steps (provisioning a VM, reflashing an FPGA), calling
 * `onStep` with the fraction done. Only control-plane jobs wait like this; the scoring
 * path never does (its latency is computed, not slept).
 */
export async function waitSimulated(options: { seconds: number; steps?: number; signal?: AbortSignal; onStep?: (fraction: number) => Promise<void> }): Promise<void> {
  const steps = options.seconds > 0 ? (options.steps ?? 5) : 0;
  for (let step = 1; step <= steps; step++) {
    await sleep((options.seconds * 1000) / steps, undefined, { signal: options.signal });
    await options.onStep?.(step / steps);
  }
}
