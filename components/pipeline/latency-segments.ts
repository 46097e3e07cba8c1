import { SIMULATED_COLORS } from "@/components/score/latency-parts";
import { formatMs } from "@/components/score/format-latency";
import type { BarSegment } from "@/components/ui/stacked-bar";
import { formatBytes } from "@/lib/client/format";
import type { LatencyBreakdown } from "@/lib/conversions/types";

// The parts of a simulated image in the order they happen, in the Score page's colours.
export function breakdownSegments(b: LatencyBreakdown): BarSegment[] {
  return [
    { key: "transferIn", label: "Transfer in (PCIe)", value: b.transferInMs, color: SIMULATED_COLORS.transferIn },
    { key: "device", label: "Device (NPU)", value: b.deviceMs, color: SIMULATED_COLORS.device },
    {
      key: "weightStream",
      label: "Weight streaming from DDR",
      value: b.weightStreamMs,
      color: SIMULATED_COLORS.weightStream,
      title: "Time the weights that do not fit on chip add by streaming from the board's DDR, beyond compute",
    },
    { key: "host", label: "Host CPU ops", value: b.hostMs, color: SIMULATED_COLORS.host },
    { key: "handoff", label: "FPGA hand-offs", value: b.partitionHandoffMs, color: SIMULATED_COLORS.handoff },
    { key: "transferOut", label: "Transfer out (PCIe)", value: b.transferOutMs, color: SIMULATED_COLORS.transferOut },
  ];
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
