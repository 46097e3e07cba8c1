import type { GraphSummary } from "@/lib/onnx/types";
import type { TensorflowFacts } from "@/lib/tensorflow/summarize-tf-graph";

/** ModelDto.graph is the ONNX summary without layers and I/O (lib/models/register-model.ts); a TensorFlow model's adds `tensorflow`. */
export type GraphFacts = Partial<Omit<GraphSummary, "layers" | "inputs" | "outputs">> & { tensorflow?: TensorflowFacts };

export function readGraph(graph: Record<string, unknown>): GraphFacts {
  return graph as GraphFacts;
}
