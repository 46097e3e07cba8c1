import { AppError } from "@/lib/errors";
import type { TfNode } from "./types";

/** What a SavedModel upload answers: its variables live in TensorFlow's tensor-bundle format, which we do not read. */
export function savedModelRefusal(): AppError {
  return new AppError(
    "unsupported_model",
    "This is a TensorFlow SavedModel, whose weights live in variables/ in TensorFlow's own checkpoint format. Freeze the graph into a single GraphDef .pb (tf.compat.v1.graph_util.convert_variables_to_constants, or convert_variables_to_constants_v2 for TF2), or export a TensorFlow.js graph model (tensorflowjs_converter --output_format=tfjs_graph_model) and upload its folder as a .zip or .tar.gz.",
    { form: "saved_model" },
  );
}

/** A graph must have named nodes with ops to be a graph at all. */
export function assertGraphNodes(nodes: TfNode[]): void {
  if (nodes.length === 0) throw new AppError("invalid_model", "The TensorFlow graph has no nodes; the file may be truncated or not a GraphDef.");
  const bad = nodes.findIndex((n) => !n.name || !n.op);
  if (bad >= 0) throw new AppError("invalid_model", `Node #${bad} of the TensorFlow graph has no ${nodes[bad].name ? "op" : "name"}; the file is damaged or not a GraphDef.`);
  const names = new Set(nodes.map((n) => n.name));
  for (const node of nodes) {
    const missing = node.input.map(sourceNode).find((name) => !names.has(name));
    if (missing !== undefined) throw new AppError("invalid_model", `Node "${node.name}" reads "${missing}", which the graph does not have; the file is damaged or incomplete.`);
  }
}

/** The node an input names: "name:1" is output 1 of "name"; "^name" a control dependency on it. */
export function sourceNode(input: string): string {
  const name = input.startsWith("^") ? input.slice(1) : input;
  const colon = name.lastIndexOf(":");
  return colon > 0 && /^\d+$/.test(name.slice(colon + 1)) ? name.slice(0, colon) : name;
}
