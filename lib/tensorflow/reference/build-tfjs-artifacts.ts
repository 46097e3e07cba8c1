import { getTensorflowType } from "../tensorflow-root";
import type { TfGraph, TfTensor } from "../types";

/** The parts of a TF.js graph model that tf.io.fromMemory takes (io.ModelArtifacts, narrowed). */
export type TfjsArtifacts = {
  modelTopology: { node: unknown[]; versions?: unknown };
  weightSpecs: { name: string; shape: number[]; dtype: "float32" | "int32" | "bool" }[];
  weightData: ArrayBuffer;
};

/**
 * A TF.js graph model built from a TfGraph, whichever form it was read from: the GraphDef
 * as the proto3 JSON model.json holds (what tfjs-converter's OperationMapper reads:
 * base64 bytes, enum names, int64 as strings), with every Const's value moved out of the
 * node into the weights, as tensorflowjs_converter does. TF.js computes in float32 and
 * int32 only, so wider and narrower types are stored as those.
 */
export function buildTfjsArtifacts(options: { graph: TfGraph; feeds?: Record<string, "float32" | "int32"> }): TfjsArtifacts {
  const { graph, feeds = {} } = options;
  const GraphDef = getTensorflowType("GraphDef");
  const nodes = graph.nodes.map((node) => {
    if (node.op === "Const") return withoutValue(node);
    // A fed intermediate tensor becomes a Placeholder: what computed it (the COCO SSD's
    // preprocessing while loop) is then cut off, and the graph runs without control flow.
    const fed = feeds[node.name];
    if (fed && node.op !== "Placeholder") return { name: node.name, op: "Placeholder", input: [], attr: { dtype: { type: fed === "float32" ? "DT_FLOAT" : "DT_INT32" } } };
    return node;
  });
  const json = GraphDef.toObject(GraphDef.fromObject({ node: nodes }), { longs: String, enums: String, bytes: String, defaults: false }) as { node: unknown[] };

  const weightSpecs: TfjsArtifacts["weightSpecs"] = [];
  const chunks: Uint8Array[] = [];
  for (const node of graph.nodes) {
    const tensor = node.op === "Const" ? graph.weights.get(node.name) : undefined;
    const packed = tensor ? packTensor(tensor) : undefined;
    if (!tensor || !packed) continue;
    weightSpecs.push({ name: node.name, shape: tensor.shape, dtype: packed.dtype });
    chunks.push(packed.bytes);
  }
  const weightData = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    weightData.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // GraphModel reads versions to name the model version; any producer does.
  return { modelTopology: { node: json.node, versions: { producer: graph.producer ?? 0, minConsumer: 0 } }, weightSpecs, weightData: weightData.buffer };
}

/** A Const node keeps its dtype and shape; its values travel in the weights. */
function withoutValue(node: TfGraph["nodes"][number]) {
  const tensor = node.attr.value?.tensor;
  if (!tensor) return node;
  return { ...node, attr: { ...node.attr, value: { tensor: { dtype: tensor.dtype, tensorShape: tensor.tensorShape } } } };
}

function packTensor(tensor: TfTensor): { dtype: "float32" | "int32" | "bool"; bytes: Uint8Array } | undefined {
  const values = tensor.values;
  if (Array.isArray(values)) return undefined; // strings: no op the reference runs reads them
  const numbers = values as ArrayLike<number | bigint>;
  switch (tensor.dtype) {
    case "float32": case "float64": case "float16": case "bfloat16":
      return { dtype: "float32", bytes: bytesOf(Float32Array.from(numbers as ArrayLike<number>)) };
    case "bool":
      return { dtype: "bool", bytes: Uint8Array.from(numbers as ArrayLike<number>) };
    case "int32": case "int16": case "int8": case "uint8": case "int64":
      return { dtype: "int32", bytes: bytesOf(Int32Array.from(Array.from(numbers, Number))) };
    default:
      return undefined;
  }
}

const bytesOf = (array: Float32Array | Int32Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
