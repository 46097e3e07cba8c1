import { formatMs } from "@/components/score/format-latency";
import { simulatedSegments, type SimulatedLabels } from "@/components/score/latency-parts";
import type { BarSegment } from "@/components/ui/stacked-bar";
import { formatBytes } from "@/lib/client/format";
import type { LatencyBreakdown } from "@/lib/conversions/types";

// A conversion's report spells the parts out: it is read once, beside the original model's.
const REPORT_LABELS: SimulatedLabels = {
  transferIn: { label: "Transfer in (PCIe)" },
  device: { label: "Device (NPU)" },
  weightStream: {
    label: "Weight streaming from DDR",
    title: "Time the weights that do not fit on chip add by streaming from the board's DDR, beyond compute",
  },
  host: { label: "Host CPU ops" },
  handoff: { label: "FPGA hand-offs" },
  transferOut: { label: "Transfer out (PCIe)" },
};

/** The parts of a simulated image in the order they happen, in the Score page's colours. */
export function breakdownSegments(b: LatencyBreakdown): BarSegment[] {
  return simulatedSegments(b, REPORT_LABELS);
}

/** Where the weights live while the model runs, in one sentence. */
export function describeWeightPlacement(b: LatencyBreakdown): string {
  const weights = formatBytes(b.weightBytes);
  if (b.weightPlacement === "pinned") return `Weights pinned on chip: all ${weights} fit in the FPGA's on-chip memory, so no image waits for DDR.`;
  if (b.weightPlacement === "streamed") {
    return `Weights streamed from DDR: ${weights} do not fit on chip, so ${formatBytes(b.streamedWeightBytes)} are fetched from the board's DDR for every image (${formatMs(b.weightStreamMs)} beyond compute).`;
  }
  return `Weights spread over ${b.fpgas} FPGAs: each holds its share of the ${weights} on chip, and hand-offs between them cost ${formatMs(b.partitionHandoffMs)} per image.`;
}
