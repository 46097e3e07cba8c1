// The simulated latency of one batch-1 request on a Brainwave-style NPU: input over PCIe,
// every layer costed on the unit that runs it, output back over PCIe, plus the stalls of
// layers whose weights stream from the board's DDR and, when the deployment spreads the
// model over several FPGAs, the hand-offs between them. Pure arithmetic on the graph
// summary and the profile: nothing sleeps, nothing is measured.
import { AppError } from "@/lib/errors";
import { costLayer } from "./cost-layer";
import { ddrFetchMs } from "./ddr-fetch-ms";
import { describeAssumptions } from "./describe-assumptions";
import { findDetectorHead, nmsHostElements, nmsHostMs, type DetectorHead } from "./detector-head";
import { getDeviceProfile } from "./device-profiles";
import { pcieTransferMs } from "./pcie-transfer-ms";
import { placeLayers } from "./place-layers";
import { placeWeights } from "./place-weights";
import { planGraph, type SimulatedGraph } from "./plan-graph";
import { BYTES_PER_ELEMENT } from "./precision";
import type { DeviceProfile, DeviceProfileId, NpuSimulation, Precision, SimulatedLayer } from "./types";

export type SimulateLatencyOptions = {
  summary: SimulatedGraph;
  /** Layers a converted model runs on the host CPU whatever their op (its classifier head). */
  hostLayers?: readonly string[];
  profile: DeviceProfile | DeviceProfileId;
  /** Defaults to the profile's native numerics. */
  precision?: Precision;
  /** The NPU serves one request at a time (FPGA.md); only 1 is accepted. */
  batchSize?: 1;
  /** FPGAs the deployment spreads the model over; 1 by default, as an Azure PB6 node has one
   * Arria 10. Weights that do not fit on chip stream from DDR rather than adding FPGAs. */
  fpgas?: number;
  /** A detector: its head after the convolutional body runs on the host, plus non-maximum
   * suppression, estimated (detector-head.ts). */
  isDetector?: boolean;
};

export function simulateLatency(options: SimulateLatencyOptions): NpuSimulation {
  const { summary, profile: profileOrId, precision, batchSize = 1, fpgas = 1 } = options;
  const profile = typeof profileOrId === "string" ? getDeviceProfile({ id: profileOrId }) : profileOrId;
  const p = profile.parameters;
  const chosen = precision ?? p.numerics.value;
  if (batchSize !== 1 || summary.batchSize !== 1) {
    throw new AppError("validation_failed", "The simulated NPU runs batch size 1 only; summarise the model at batch 1.", {
      batchSize,
      summaryBatchSize: summary.batchSize,
    });
  }
  if (!Number.isInteger(fpgas) || fpgas < 1) {
    throw new AppError("validation_failed", "fpgas must be a whole number of FPGAs, at least 1.", { fpgas });
  }
  const bytesPerElement = BYTES_PER_ELEMENT[chosen];
  const head = options.isDetector ? findDetectorHead(summary) : null;
  const placement = placeLayers(summary, planGraph(summary), new Set([...(options.hostLayers ?? []), ...(head?.hostLayers ?? [])]));

  // A host op's weights stay in host memory; every other layer's are the FPGA's to hold.
  const layerWeightBytes = placement.layers.map(({ layer, unit }) => (unit === "host" ? 0 : layer.weightElements * bytesPerElement));
  const weightCapacityBytes = ((p.onChipMemoryMbit.value * 2 ** 20) / 8) * p.weightMemoryFraction.value;
  const weights = placeWeights({ layerBytes: layerWeightBytes, fpgas, capacityBytes: weightCapacityBytes });

  const untiled: string[] = [];
  const layers: SimulatedLayer[] = placement.layers.map(({ layer, unit, elementsIn, elementsOut }, index) => {
    const cost = costLayer({ layer, unit, profile, elementsIn, elementsOut });
    if (cost.mapping && cost.mapping.kind !== "tiled") untiled.push(`${layer.name} (${cost.mapping.kind})`);
    const { streamedBytes } = weights[index];
    return {
      name: layer.name,
      opType: layer.opType,
      placement: unit === "host" ? "host" : "npu",
      unit,
      macs: layer.macs ?? 0,
      cycles: cost.cycles,
      ms: cost.ms,
      utilization: cost.utilization,
      weightBytes: layerWeightBytes[index],
      streamedWeightBytes: streamedBytes,
      weightSource: layerWeightBytes[index] === 0 ? null : streamedBytes > 0 ? "ddr" : "on-chip",
      // The fetch overlaps the layer's compute (ddr-fetch-ms): only the excess stalls the NPU.
      weightStreamMs: Math.max(0, ddrFetchMs({ bytes: streamedBytes, profile }) - cost.ms),
    };
  });

  if (head) layers.push(nmsLayer({ head, profile }));

  const transferMs = (elements: number[]) =>
    elements.reduce((total, n) => total + pcieTransferMs({ bytes: n * bytesPerElement, profile }), 0);
  const transferInMs = transferMs(placement.movedIn);
  const transferOutMs = transferMs(placement.movedOut);
  const deviceMs = sum(layers.filter((l) => l.placement === "npu").map((l) => l.ms));
  const hostMs = sum(layers.filter((l) => l.placement === "host").map((l) => l.ms));
  const weightStreamMs = sum(layers.map((l) => l.weightStreamMs));
  const partitionHandoffMs = ((fpgas - 1) * p.partitionHandoffUs.value) / 1000;
  const streamedWeightBytes = sum(weights.map((w) => w.streamedBytes));

  const macLayers = layers.filter((l) => l.utilization !== null && l.macs > 0);
  const macs = sum(layers.map((l) => l.macs));
  const weightedMacs = sum(macLayers.map((l) => l.macs));
  const hostLayers = layers.filter((l) => l.placement === "host");
  const npuBusyMs = deviceMs + weightStreamMs;

  return {
    profile: profile.id,
    precision: chosen,
    totalMs: transferInMs + deviceMs + weightStreamMs + hostMs + transferOutMs + partitionHandoffMs,
    deviceMs,
    hostMs,
    transferInMs,
    transferOutMs,
    partitionHandoffMs,
    weightStreamMs,
    utilization: weightedMacs > 0 ? sum(macLayers.map((l) => l.macs * (l.utilization ?? 0))) / weightedMacs : 0,
    effectiveTflops: npuBusyMs > 0 ? (2 * macs) / (npuBusyMs * 1e-3) / 1e12 : 0,
    macs,
    weightBytes: summary.parameterCount * bytesPerElement,
    weightCapacityBytes,
    fpgas,
    partitions: fpgas,
    weightPlacement: fpgas > 1 ? "partitioned" : streamedWeightBytes > 0 ? "streamed" : "pinned",
    streamsWeights: streamedWeightBytes > 0,
    pinnedWeightBytes: sum(weights.map((w) => w.pinnedBytes)),
    streamedWeightBytes,
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
      fpgas,
      streamedWeightBytes,
    }).concat(head ? [detectorNote(head)] : []),
  };
}

/** Non-maximum suppression as the host step it is: not in the graph, done by scoring after it. */
function nmsLayer({ head, profile }: { head: DetectorHead; profile: DeviceProfile }): SimulatedLayer {
  const ms = nmsHostMs({ elements: nmsHostElements(head), profile });
  return { name: "non-maximum suppression (host, estimated)", opType: "NonMaxSuppression", placement: "host", unit: "host", macs: 0, cycles: 0, ms, utilization: null, weightBytes: 0, streamedWeightBytes: 0, weightSource: null, weightStreamMs: 0 };
}

function detectorNote(head: DetectorHead): string {
  return (
    `A detector: the ${head.hostLayers.length} op(s) after its last matrix layer (the SSD head's reshapes, sigmoid and box decoding) run on the host, ` +
    `and non-maximum suppression over ${head.anchors} boxes × ${head.classes} classes is added as a host step, estimated as a worst case ` +
    `(every box past the threshold): one pass over the scores, a sort, and an overlap test against each kept box.`
  );
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
