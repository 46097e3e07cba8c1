import type { ServiceSample } from "./calibrate-service-time";
/**
 * The host's share of one measured request: everything but the model's own run on the CPU
 * (which the simulated FPGA replaces) and the simulator's bookkeeping (no real node does it).
 */
export function hostOverheadMs(sample: ServiceSample): number {
  return Math.max(0, sample.wallMs - sample.timings.inferenceMs - sample.timings.simulateMs);
}
