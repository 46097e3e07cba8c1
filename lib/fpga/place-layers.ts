// Walks the graph in node order (ONNX nodes are topologically sorted) deciding where each
// layer runs and which tensors must cross PCIe. A tensor lives where it was produced;
// graph inputs start on the host. An NPU layer reading a host-only tensor pulls it in, a
// host layer reading a device-only tensor pulls it out, and graph outputs left on the
// device go back at the end: a host op mid-graph costs a round trip.
import { classifyOp } from "./classify-op";
import type { GraphPlan, SimulatedGraph, SimulatedLayerInput } from "./plan-graph";
import type { ExecutionUnit } from "./types";

export type PlacedLayer = { layer: SimulatedLayerInput; unit: ExecutionUnit; elementsIn: number; elementsOut: number };

export type PlacementPlan = {
  layers: PlacedLayer[];
  /** Element counts of each tensor moved host → device and device → host. */
  movedIn: number[];
  movedOut: number[];
  /** Tensors whose size is unknown: moved and costed as 0 elements. */
  unknownTensors: string[];
};

// Their outputs are known when the model is compiled, whatever their input.
const SHAPE_OPS = new Set(["Shape", "Size", "Constant", "ConstantOfShape"]);

export function placeLayers(graph: SimulatedGraph, plan: GraphPlan, hostLayers: ReadonlySet<string> = new Set()): PlacementPlan {
  const onHost = new Set(graph.inputs.map((i) => i.name));
  const onDevice = new Set<string>();
  const isStatic = new Set(plan.initializers);
  const unknownTensors = new Set<string>();
  const movedIn: number[] = [];
  const movedOut: number[] = [];
  const sizeOf = (name: string) => {
    const n = plan.elements.get(name);
    if (n === null || n === undefined) unknownTensors.add(name);
    return n ?? 0;
  };
  // Outputs of the NPU chain that ran last; elementwise layers fed by them can ride it.
  let chainOutputs = new Set<string>();
  const layers: PlacedLayer[] = [];

  for (const layer of graph.layers) {
    const outputs = layer.outputs.filter(Boolean);
    const live = layer.inputs.filter((name) => name && !isStatic.has(name));
    const opClass = classifyOp(layer.opType);
    const elementsIn = live.reduce((sum, name) => sum + sizeOf(name), 0);
    const elementsOut = outputs.reduce((sum, name) => sum + sizeOf(name), 0);

    if (SHAPE_OPS.has(layer.opType) || (opClass !== "mvu" && live.length === 0)) {
      outputs.forEach((name) => isStatic.add(name));
      layers.push({ layer, unit: "folded", elementsIn, elementsOut });
      continue;
    }
    if (opClass === "folded") {
      // A view: its outputs live where its data input lives.
      const source = live[0];
      for (const name of outputs) {
        if (onHost.has(source)) onHost.add(name);
        if (onDevice.has(source)) onDevice.add(name);
      }
      if (chainOutputs.has(source)) outputs.forEach((name) => chainOutputs.add(name));
      layers.push({ layer, unit: "folded", elementsIn, elementsOut });
      continue;
    }

    const unit = hostLayers.has(layer.name) ? "host" : chooseUnit(opClass, live, chainOutputs, plan);
    if (unit === "host") {
      for (const name of live) if (!onHost.has(name)) { movedOut.push(sizeOf(name)); onHost.add(name); }
      outputs.forEach((name) => onHost.add(name));
      chainOutputs = new Set();
    } else {
      for (const name of live) if (!onDevice.has(name)) { movedIn.push(sizeOf(name)); onDevice.add(name); }
      outputs.forEach((name) => onDevice.add(name));
      chainOutputs = new Set(outputs);
    }
    layers.push({ layer, unit, elementsIn, elementsOut });
  }
  for (const output of graph.outputs) {
    if (!onHost.has(output.name) && onDevice.has(output.name)) movedOut.push(sizeOf(output.name));
  }
  return { layers, movedIn, movedOut, unknownTensors: [...unknownTensors] };
}

function chooseUnit(opClass: string, live: string[], chainOutputs: Set<string>, plan: GraphPlan): ExecutionUnit {
  if (opClass === "mvu") return "mvu";
  if (opClass === "host") return "host";
  if (opClass === "vector") return "vector";
  const ridesChain = live.some((name) => chainOutputs.has(name) && plan.consumers.get(name) === 1);
  return ridesChain ? "chained" : "vector";
}
