import type { Detection, DetectionOptions } from "@/lib/detection/select-detections";
import type { ClassScore, EngineTimings } from "@/lib/scoring";
import type { DeviceProfileId, NpuSimulation, PlacementSummary, Precision } from "@/lib/fpga/types";

// The answer of POST /api/v1/models/{name}/versions/{v}/score, built by the worker
// (lib/scoring/score-model-version.ts) and read by the studio (lib/client/score-image.ts).
// Types only, plus the projection of a simulation: safe to import from the browser.

/** Measured on the worker's CPU. */
export type ScoreTimings = EngineTimings & {
  /** Reading the body and looking up the model. */
  receiveMs: number;
  /** Planning the NPU simulation: only a model's first request pays it (cached). */
  simulateMs: number;
  /** Receipt of the request to the reply on the worker; ≥ totalMs. */
  serverMs: number;
};

/** Computed by the NPU model (lib/fpga), never measured. */
export type SimulatedLatency = Pick<
  NpuSimulation,
  | "precision" | "totalMs" | "deviceMs" | "hostMs" | "transferInMs" | "transferOutMs" | "partitionHandoffMs" | "weightStreamMs"
  | "utilization" | "effectiveTflops" | "fpgas" | "partitions" | "weightPlacement" | "streamsWeights" | "weightBytes"
  | "pinnedWeightBytes" | "streamedWeightBytes"
> & { profile: DeviceProfileId; precision: Precision; placement: PlacementSummary };

export type { Detection, DetectionOptions };

export type ScoreResponse = {
  /** What the model does: a classifier answers `top`; a detector answers `detections` (and `top` is empty). */
  task: "classification" | "detection";
  model: { name: string; version: number; digest: string };
  top: ClassScore[];
  /** Detectors: the boxes kept, best first, in the original (upright) image's pixels. */
  detections?: Detection[];
  /** Detectors: the threshold, suppression and limit applied (the request's, defaults filling the rest). */
  detectionSettings?: DetectionOptions;
  input: { format: string; width: number; height: number };
  preprocessing: { code: string; isAssumed: boolean };
  timings: ScoreTimings;
  simulated: SimulatedLatency[];
};

/** The per-request summary of a simulation (its per-layer detail stays on the worker). */
export function toSimulatedLatency(s: NpuSimulation): SimulatedLatency {
  return {
    profile: s.profile,
    precision: s.precision,
    totalMs: s.totalMs,
    deviceMs: s.deviceMs,
    hostMs: s.hostMs,
    transferInMs: s.transferInMs,
    transferOutMs: s.transferOutMs,
    partitionHandoffMs: s.partitionHandoffMs,
    weightStreamMs: s.weightStreamMs,
    utilization: s.utilization,
    effectiveTflops: s.effectiveTflops,
    fpgas: s.fpgas,
    partitions: s.partitions,
    weightPlacement: s.weightPlacement,
    streamsWeights: s.streamsWeights,
    weightBytes: s.weightBytes,
    pinnedWeightBytes: s.pinnedWeightBytes,
    streamedWeightBytes: s.streamedWeightBytes,
    placement: s.placementSummary,
  };
}
