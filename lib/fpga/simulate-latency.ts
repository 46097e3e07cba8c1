// Deterministic latency of one batch-1 request on a simulated Brainwave-style NPU:
// input over PCIe, every layer costed on the unit that runs it, output back over PCIe,
// plus FPGA-to-FPGA hand-offs when the weights outgrow one device. Pure arithmetic on
// the graph summary and the profile: nothing sleeps, nothing is measured.
import { AppError } from "@/lib/errors";
import { costLayer } from "./cost-layer";
import { getDeviceProfile } from "./device-profiles";
import { pcieTransferMs } from "./pcie-transfer-ms";
import { placeLayers } from "./place-layers";
import { planGraph, type SimulatedGraph } from "./plan-graph";
import { BYTES_PER_ELEMENT } from "./precision";
import { describeAssumptions } from "./describe-assumptions";
import type { DeviceProfile, DeviceProfileId, NpuSimulation, Precision, SimulatedLayer } from "./types";

export type SimulateLatencyOptions = {
  summary: SimulatedGraph;
  profile: DeviceProfile | DeviceProfileId;
  /** Defaults to the profile's native numerics. */
  precision?: Precision;
  /** The NPU serves one request at a time (FPGA.md); only 1 is accepted. */
  batchSize?: 1;
};

export function simulateLatency(options: SimulateLatencyOptions): NpuSimulation {
  const { summary, profile: profileOrId, precision, batchSize = 1 } = options;
  const profile = typeof profileOrId === "string" ? getDeviceProfile({ id: profileOrId }) : profileOrId;
  const p = profile.parameters;
  const chosen = precision ?? p.numerics.value;
  if (batchSize !== 1 || summary.batchSize !== 1) {
    throw new AppError("validation_failed", "The simulated NPU runs batch size 1 only; summarise the model at batch 1.", {
      batchSize,
      summaryBatchSize: summary.batchSize,
    });
  }
  const bytesPerElement = BYTES_PER_ELEMENT[chosen];
  const placement = placeLayers(summary, planGraph(summary));

  const untiled: string[] = [];
  const layers: SimulatedLayer[] = placement.layers.map(({ layer, unit, elementsIn, elementsOut }) => {
    const cost = costLayer({ layer, unit, profile, elementsIn, elementsOut });
    if (cost.mapping && cost.mapping.kind !== "tiled") untiled.push(`${layer.name} (${cost.mapping.kind})`);
    return {
      name: layer.name,
      opType: layer.opType,
      placement: unit === "host" ? "host" : "npu",
      unit,
      macs: layer.macs ?? 0,
      cycles: cost.cycles,
      ms: cost.ms,
      utilization: cost.utilization,
    };
  });

  const transferMs = (elements: number[]) =>
    elements.reduce((sum, n) => sum + pcieTransferMs({ bytes: n * bytesPerElement, profile }), 0);
  const transferInMs = transferMs(placement.movedIn);
  const transferOutMs = transferMs(placement.movedOut);
  const deviceMs = sum(layers.filter((l) => l.placement === "npu").map((l) => l.ms));
  const hostMs = sum(layers.filter((l) => l.placement === "host").map((l) => l.ms));

  const weightBytes = summary.parameterCount * bytesPerElement;
  const weightCapacityBytes = ((p.onChipMemoryMbit.value * 2 ** 20) / 8) * p.weightMemoryFraction.value;
  const partitions = Math.max(1, Math.ceil(weightBytes / weightCapacityBytes));
  const partitionHandoffMs = ((partitions - 1) * p.partitionHandoffUs.value) / 1000;

  const macLayers = layers.filter((l) => l.utilization !== null && l.macs > 0);
  const macs = sum(layers.map((l) => l.macs));
  const weightedMacs = sum(macLayers.map((l) => l.macs));
  const hostLayers = layers.filter((l) => l.placement === "host");

  return {
    profile: profile.id,
    precision: chosen,
    totalMs: transferInMs + deviceMs + hostMs + transferOutMs + partitionHandoffMs,
    deviceMs,
    hostMs,
    transferInMs,
    transferOutMs,
    partitionHandoffMs,
    utilization: weightedMacs > 0 ? sum(macLayers.map((l) => l.macs * (l.utilization ?? 0))) / weightedMacs : 0,
    effectiveTflops: deviceMs > 0 ? (2 * macs) / (deviceMs * 1e-3) / 1e12 : 0,
    macs,
    weightBytes,
    weightCapacityBytes,
    partitions,
    transfers: placement.movedIn.length + placement.movedOut.length,
    layers,
    placementSummary: {
      npuOps: layers.filter((l) => l.unit === "mvu" || l.unit === "vector" || l.unit === "chained").length,
      hostOps: hostLayers.length,
      foldedOps: layers.filter((l) => l.unit === "folded").length,
      hostOpTypes: [...new Set(hostLayers.map((l) => l.opType))].sort(),
    },
    assumptions: describeAssumptions({
      profile,
      precision: chosen,
      layers,
      untiled,
      unknownTensors: placement.unknownTensors,
      partitions,
    }),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
