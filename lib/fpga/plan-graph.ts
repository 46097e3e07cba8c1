// Facts about the graph's tensors the simulator needs before costing layers: how many
// elements each holds, which are static (weights, constants, shape arithmetic, known
// when the model is compiled) and how many layers read each one.
import type { GraphSummary, LayerInfo } from "@/lib/onnx";

/** The parts of a GraphSummary the simulator reads, so tests can build graphs by hand. */
export type SimulatedLayerInput = Pick<
  LayerInfo,
  "name" | "opType" | "inputs" | "outputs" | "outputShapes" | "macs" | "attributes" | "weightElements"
>;
export type SimulatedGraph = Pick<GraphSummary, "inputs" | "outputs" | "batchSize" | "parameterCount"> & {
  layers: SimulatedLayerInput[];
};

export type GraphPlan = {
  /** Elements of each non-static tensor; null when a dim is unknown. */
  elements: Map<string, number | null>;
  /** Tensors no layer produces and the caller does not feed: initializers. */
  initializers: Set<string>;
  consumers: Map<string, number>;
};

export function planGraph(graph: SimulatedGraph): GraphPlan {
  const elements = new Map<string, number | null>();
  for (const input of graph.inputs) {
    const dims = input.shape?.map((dim, index) => (typeof dim === "number" ? dim : index === 0 ? graph.batchSize : null));
    elements.set(input.name, dims && dims.every((d) => d !== null) ? dims.reduce((a, b) => a * (b ?? 0), 1) : null);
  }
  const consumers = new Map<string, number>();
  for (const layer of graph.layers) {
    // outputShapes lists the node's non-empty outputs in order (lib/onnx summarize-graph).
    layer.outputs.filter(Boolean).forEach((name, index) => {
      const shape = layer.outputShapes[index];
      elements.set(name, shape ? shape.reduce((a, b) => a * b, 1) : null);
    });
    // Shape and Size read only metadata: they do not keep a tensor's data alive.
    if (layer.opType === "Shape" || layer.opType === "Size") continue;
    for (const name of layer.inputs) if (name) consumers.set(name, (consumers.get(name) ?? 0) + 1);
  }
  // A graph output is read by the caller: one more consumer, so it is never chained away.
  for (const output of graph.outputs) consumers.set(output.name, (consumers.get(output.name) ?? 0) + 1);
  const initializers = new Set<string>();
  for (const layer of graph.layers) {
    for (const name of layer.inputs) if (name && !elements.has(name)) initializers.add(name);
  }
  return { elements, initializers, consumers };
}
