// Cycles and milliseconds of one layer once its execution unit is known.
//   mvu:      stream cycles of its tiling (map-mvu-layer) + MVU chain fill;
//   vector:   work elements ÷ multifunction-unit throughput + vector chain fill, where
//             work is the output × window for pools, the input for global pools, and
//             the larger of input and output otherwise;
//   chained:  0 — the MFUs keep pace with the chain that feeds them;
//   folded:   0 — nothing moves;
//   host:     per-op dispatch + max(input, output) elements ÷ host throughput.
import { mapMvuLayer, type MvuMapping } from "./map-mvu-layer";
import type { SimulatedLayerInput } from "./plan-graph";
import type { DeviceProfile, ExecutionUnit } from "./types";

export type LayerCost = { cycles: number; ms: number; utilization: number | null; mapping: MvuMapping | null };

export type CostLayerOptions = {
  layer: SimulatedLayerInput;
  unit: ExecutionUnit;
  profile: DeviceProfile;
  elementsIn: number;
  elementsOut: number;
};

const WINDOW_OPS = new Set(["MaxPool", "AveragePool", "LpPool", "QLinearAveragePool"]);
const GLOBAL_OPS = new Set(["GlobalAveragePool", "GlobalMaxPool", "QLinearGlobalAveragePool"]);

export function costLayer({ layer, unit, profile, elementsIn, elementsOut }: CostLayerOptions): LayerCost {
  const p = profile.parameters;
  const cyclesPerMs = p.clockMhz.value * 1000;
  if (unit === "mvu") {
    const mapping = mapMvuLayer({ layer, profile });
    const cycles = mapping.streamCycles > 0 ? mapping.streamCycles + p.mvuFillCycles.value : 0;
    return { cycles, ms: cycles / cyclesPerMs, utilization: mapping.utilization, mapping };
  }
  if (unit === "vector") {
    const work = vectorWork(layer, elementsIn, elementsOut);
    const cycles = Math.ceil(work / p.vectorElementsPerCycle.value) + p.vectorFillCycles.value;
    return { cycles, ms: cycles / cyclesPerMs, utilization: null, mapping: null };
  }
  if (unit === "host") {
    const ms = p.hostOpOverheadUs.value / 1000 + (Math.max(elementsIn, elementsOut) / p.hostElementsPerSecond.value) * 1000;
    return { cycles: 0, ms, utilization: null, mapping: null };
  }
  return { cycles: 0, ms: 0, utilization: null, mapping: null };
}

function vectorWork(layer: SimulatedLayerInput, elementsIn: number, elementsOut: number): number {
  if (GLOBAL_OPS.has(layer.opType)) return elementsIn;
  const kernel = layer.attributes.kernel_shape;
  if (WINDOW_OPS.has(layer.opType) && Array.isArray(kernel)) {
    return elementsOut * (kernel as number[]).reduce((a, b) => a * b, 1);
  }
  return Math.max(elementsIn, elementsOut);
}
