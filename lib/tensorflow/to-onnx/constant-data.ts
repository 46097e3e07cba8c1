import { AppError } from "@/lib/errors";
import { sourceNode } from "../refusals";
import type { TfGraph, TfNode } from "../types";

/** The float values of a Const input (weights, biases, batch-norm parameters), or null when the input is computed. */
export function constantFloats(graph: TfGraph, input: string): Float32Array | null {
  const tensor = graph.weights.get(sourceNode(input));
  if (!tensor || Array.isArray(tensor.values)) return null;
  return Float32Array.from(tensor.values as ArrayLike<number>);
}

export function requireConstantFloats(graph: TfGraph, node: TfNode, input: string, what: string): { values: Float32Array; shape: number[] } {
  const values = constantFloats(graph, input);
  if (!values) throw new AppError("unsupported_model", `${node.op} node "${node.name}" computes its ${what}; only constant ${what}s can be converted.`, { ops: [node.op] });
  return { values, shape: graph.weights.get(sourceNode(input))!.shape };
}
