import { AppError } from "@/lib/errors";
import type { TfGraph } from "../types";

/** A tensor as a user names it: "name", "name:0" or "name:k" (output k of node "name"). */
export type TensorRef = { node: string; index: number; key: string; given: string };

/** The name the ONNX graph gives a TF tensor: the node's name for output 0, "name:k" for k > 0. */
export const onnxTensorName = (ref: TensorRef) => (ref.index === 0 ? ref.node : `${ref.node}:${ref.index}`);

export function parseTensorNames(graph: TfGraph, names: string[], role: "input" | "output"): TensorRef[] {
  const nodes = new Set(graph.nodes.map((n) => n.name));
  const refs = names.map((name) => {
    const match = /^(.*):(\d+)$/.exec(name);
    const [node, index] = match && nodes.has(match[1]) ? [match[1], Number(match[2])] : [name, 0];
    return { node, index, key: index === 0 ? node : `${node}:${index}`, given: name };
  });
  const unknown = refs.filter((r) => !nodes.has(r.node)).map((r) => r.given);
  if (unknown.length) {
    throw new AppError("unknown_tensor", `The graph has no ${role} tensor named ${unknown.map((u) => `"${u}"`).join(", ")}.`, { role, unknown });
  }
  if (refs.length === 0) throw new AppError("validation_failed", `Name at least one ${role} tensor.`, { role });
  return refs;
}
