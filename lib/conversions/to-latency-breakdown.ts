import type { NpuSimulation } from "@/lib/fpga";
import type { LatencyBreakdown } from "./types";

/** The parts of a simulation the report and the service page draw. */
export function toLatencyBreakdown(s: NpuSimulation): LatencyBreakdown {
  return {
    totalMs: s.totalMs,
    transferInMs: s.transferInMs,
    deviceMs: s.deviceMs,
    weightStreamMs: s.weightStreamMs,
    hostMs: s.hostMs,
    transferOutMs: s.transferOutMs,
    partitionHandoffMs: s.partitionHandoffMs,
    fpgas: s.fpgas,
    weightPlacement: s.weightPlacement,
    weightBytes: s.weightBytes,
    streamedWeightBytes: s.streamedWeightBytes,
    utilization: s.utilization,
  };
}
