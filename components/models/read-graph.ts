import type { GraphSummary } from "@/lib/onnx/types";

/** ModelDto.graph is the ONNX summary without layers and I/O (lib/models/register-model.ts). */
export type GraphFacts = Partial<Omit<GraphSummary, "layers" | "inputs" | "outputs">>;

export function readGraph(graph: Record<string, unknown>): GraphFacts {
  return graph as GraphFacts;
}
