import type { BarSegment } from "@/components/ui/stacked-bar";
import type { ScoreTimings, SimulatedLatency } from "@/lib/client/score-image";

// The parts of a measured and a simulated request, in the order they happen, with the
// colours the bars, legends and chart share (Fluent's data-visualisation palette).

export const MEASURED_COLORS = {
  decode: "#8764b8",
  preprocess: "#00a2ad",
  queue: "#c239b3",
  inference: "#0078d4",
  postprocess: "#ca5010",
  other: "#a19f9d",
} as const;

export const SIMULATED_COLORS = {
  transferIn: "#c19c00",
  device: "#107c10",
  weightStream: "#004e8c",
  host: "#e3008c",
  handoff: "#a4262c",
  transferOut: "#986f0b",
} as const;

/** One colour per profile in the history chart, distinct from the measured bars. */
export const PROFILE_COLORS: Record<string, string> = {
  "arria10-pb6": "#ca5010",
  "stratix10-brainwave": "#5c2e91",
};
export const FALLBACK_PROFILE_COLORS = ["#038387", "#8e562e", "#4f6bed"];

export function profileColor(profile: string, index: number): string {
  return PROFILE_COLORS[profile] ?? FALLBACK_PROFILE_COLORS[index % FALLBACK_PROFILE_COLORS.length];
}

/** decode → preprocess → (batch queue) → inference → postprocess, then whatever else the worker spent (reading the body, the NPU model). */
export function measuredSegments(timings: ScoreTimings): BarSegment[] {
  // Only a batching service's answers have a queue to show (dynamic batching, lib/scoring/batch-inference.ts).
  const isBatched = timings.batchSize > 1 || timings.queueMs > 0;
  return [
    { key: "decode", label: "Decode", value: timings.decodeMs, color: MEASURED_COLORS.decode },
    { key: "preprocess", label: "Preprocess", value: timings.preprocessMs, color: MEASURED_COLORS.preprocess },
    ...(isBatched ? [{ key: "queue", label: "Batch queue", value: timings.queueMs, color: MEASURED_COLORS.queue, title: "Waiting for other requests to join this one's batch, and for the run" }] : []),
    { key: "inference", label: timings.batchSize > 1 ? `Inference (batch of ${timings.batchSize})` : "Inference", value: timings.inferenceMs, color: MEASURED_COLORS.inference },
    { key: "postprocess", label: "Postprocess", value: timings.postprocessMs, color: MEASURED_COLORS.postprocess },
    {
      key: "other",
      label: "Other server time",
      value: otherServerMs(timings),
      color: MEASURED_COLORS.other,
      title: "serverMs − totalMs: reading the request body, finding the model and, on a model's first score, planning its simulation",
    },
  ];
}

/** serverMs − totalMs: request body, model lookup, simulation and reply; never below 0 after rounding. */
export function otherServerMs(timings: ScoreTimings): number {
  return Math.max(0, timings.serverMs - timings.totalMs);
}

/** The simulated parts of one image, as the Score page's answer and a conversion's report both carry them. */
export type SimulatedParts = Pick<SimulatedLatency, "transferInMs" | "deviceMs" | "weightStreamMs" | "hostMs" | "partitionHandoffMs" | "transferOutMs">;
export type SimulatedPart = keyof typeof SIMULATED_COLORS;
export type SimulatedLabels = Record<SimulatedPart, { label: string; title?: string }>;

/** The Score page's names for the parts: short, as they sit in a card's legend. */
export const SCORE_SIMULATED_LABELS: SimulatedLabels = {
  transferIn: { label: "PCIe in" },
  device: { label: "NPU device" },
  weightStream: {
    label: "DDR weight stream",
    title: "Time the NPU waits for weights that do not fit on chip and stream from the board's DDR each request, beyond its compute",
  },
  host: { label: "Host CPU ops" },
  handoff: { label: "Partition hand-offs" },
  transferOut: { label: "PCIe out" },
};

const SIMULATED_ORDER: SimulatedPart[] = ["transferIn", "device", "weightStream", "host", "handoff", "transferOut"];

/** The simulated request in order: PCIe in, NPU, its waits for DDR weights, host CPU ops, FPGA-to-FPGA hand-offs, PCIe out. */
export function simulatedSegments(sim: SimulatedParts, labels: SimulatedLabels = SCORE_SIMULATED_LABELS): BarSegment[] {
  const values: Record<SimulatedPart, number> = {
    transferIn: sim.transferInMs,
    device: sim.deviceMs,
    weightStream: sim.weightStreamMs,
    host: sim.hostMs,
    handoff: sim.partitionHandoffMs,
    transferOut: sim.transferOutMs,
  };
  return SIMULATED_ORDER.map((key) => ({ key, ...labels[key], value: values[key], color: SIMULATED_COLORS[key] }));
}
