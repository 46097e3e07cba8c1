import { AppError } from "@/lib/errors";
import { encodeOnnxModel } from "@/lib/onnx/encode-onnx-model";
import { sourceNode } from "../refusals";
import type { TfGraph, TfNode } from "../types";
import { constantValue } from "./constant-value";
import { inputValues, OPEN_DIM, valueInfo, type GraphInput } from "./input-values";
import { OnnxBuilder } from "./onnx-builder";
import { OP_TRANSLATORS } from "./op-table";
import { selectSubgraph } from "./select-subgraph";
import { onnxTensorName, parseTensorNames } from "./tensor-names";
import type { Value } from "./types";

export type ConvertedOnnx = { bytes: Uint8Array; inputs: GraphInput[]; outputs: GraphInput[]; translatedOps: Record<string, number> };

/** ONNX opset 13, default domain only: what onnxruntime and the studio's ONNX path read. */
const OPSET = 13;

/**
 * Translates the part of a TensorFlow graph between `inputs` and `outputs` into an ONNX
 * model with the same interface (names without ":0", TF shapes and NHWC layout), NCHW
 * inside: transposes are inserted only where an op needs TF's layout back. Shape
 * arithmetic on static shapes is folded, so the ONNX graph is static but for an open batch.
 */
export function convertTensorflowToOnnx(options: { graph: TfGraph; inputs: string[]; outputs: string[]; inputShapes?: Record<string, number[]> }): ConvertedOnnx {
  const { graph } = options;
  const inputRefs = parseTensorNames(graph, options.inputs, "input");
  const outputRefs = parseTensorNames(graph, options.outputs, "output");
  const inputNodes = new Set(inputRefs.map((r) => r.node));
  const order = selectSubgraph({ graph, inputNodes, outputNodes: outputRefs.map((r) => r.node), isTranslated: (op) => op in OP_TRANSLATORS });
  const builder = new OnnxBuilder();
  const { values: fed, declared } = inputValues({ graph, refs: inputRefs, inputShapes: options.inputShapes });
  // Reserved so no inner tensor takes the names the interface uses.
  for (const name of [...declared.map((d) => d.name), ...outputRefs.map(onnxTensorName)]) builder.reserve(name);

  const readers = new Map<string, TfNode[]>();
  for (const node of order) {
    for (const input of node.input) if (!input.startsWith("^")) readers.set(sourceNode(input), [...(readers.get(sourceNode(input)) ?? []), node]);
  }
  // A requested output counts as a reader: a conv that is an output keeps its own result.
  for (const ref of outputRefs) readers.set(ref.node, [...(readers.get(ref.node) ?? []), { name: ref.key, op: "_Output", input: [], attr: {} }]);
  const translated = new Map<string, Value[]>();
  const translatedOps: Record<string, number> = {};
  const valueOf = (input: string): Value => {
    const node = sourceNode(input);
    const index = input === node ? 0 : Number(input.slice(node.length + 1));
    const direct = fed.get(index === 0 ? node : `${node}:${index}`);
    if (direct) return direct;
    const value = translated.get(node)?.[index];
    if (!value) throw new AppError("unsupported_model", `Output ${index} of "${node}" is read, but its translation gives no such output.`, { ops: [] });
    return value;
  };
  for (const node of order) {
    if (inputNodes.has(node.name) || translated.has(node.name)) continue;
    if (node.op === "Const") {
      const tensor = graph.weights.get(node.name);
      if (!tensor || Array.isArray(tensor.values)) throw new AppError("unsupported_model", `The constant "${node.name}" holds strings, which the converter does not translate.`, { ops: ["Const"] });
      translated.set(node.name, [constantValue(builder, node.name, tensor.dtype, tensor.shape, tensor.values as ArrayLike<number>)]);
      continue;
    }
    const inputs = node.input.filter((i) => !i.startsWith("^")).map(valueOf);
    // A node another one absorbed (a batch norm folded into its conv) counts as translated.
    const claim = (other: TfNode, values: Value[]) => {
      translated.set(other.name, values);
      translatedOps[other.op] = (translatedOps[other.op] ?? 0) + 1;
    };
    translated.set(node.name, OP_TRANSLATORS[node.op]({ node, inputs, graph, builder, consumersOf: (name) => readers.get(name) ?? [], claim }));
    translatedOps[node.op] = (translatedOps[node.op] ?? 0) + 1;
  }

  const outputs: GraphInput[] = [];
  for (const ref of outputRefs) {
    const value = builder.asTf(valueOf(ref.key));
    const name = onnxTensorName(ref);
    builder.add("Identity", [value.name], [name]);
    outputs.push({ name, dtype: value.dtype, shape: value.shape.map((d) => (d < 0 ? OPEN_DIM : d)) });
  }
  const used = new Set(builder.nodes.flatMap((n) => n.input));
  const model = {
    ir_version: 8,
    producer_name: "accel-studio",
    opset_import: [{ domain: "", version: OPSET }],
    graph: {
      name: "tensorflow",
      node: builder.nodes,
      initializer: builder.initializers.filter((i) => used.has(i.name)),
      input: declared.map(valueInfo),
      output: outputs.map(valueInfo),
    },
  };
  return { bytes: encodeOnnxModel(model), inputs: declared, outputs, translatedOps };
}
