import { AppError } from "@/lib/errors";
import { getTensorflowType } from "./tensorflow-root";
import type { TfGraph, TfTensor } from "./types";

const DT_NAMES: Partial<Record<TfTensor["dtype"], string>> = { float32: "DT_FLOAT", int32: "DT_INT32", uint8: "DT_UINT8", bool: "DT_BOOL", int64: "DT_INT64" };

/**
 * A frozen GraphDef .pb of a graph in memory: every Const gets its decoded value back as
 * packed little-endian tensor_content (a TF.js quantised weight is written dequantised,
 * as float32). What tests use to make .pb files from the TF.js test models, and what a
 * "download as frozen graph" would write.
 */
export function encodeGraphDef(options: { graph: TfGraph }): Uint8Array {
  const { graph } = options;
  const node = graph.nodes.map((n) => {
    const weight = n.op === "Const" ? graph.weights.get(n.name) : undefined;
    if (!weight) return n;
    return { ...n, attr: { ...n.attr, value: { tensor: encodeTensor(n.name, weight) } } };
  });
  const GraphDef = getTensorflowType("GraphDef");
  return GraphDef.encode(GraphDef.fromObject({ node, versions: graph.producer === null ? undefined : { producer: graph.producer } })).finish();
}

function encodeTensor(name: string, tensor: TfTensor) {
  const dtype = DT_NAMES[tensor.dtype];
  if (!dtype || Array.isArray(tensor.values)) throw new AppError("unsupported_model", `Constant "${name}" of type ${tensor.dtype} cannot be written to a GraphDef here.`);
  const values = tensor.values as Exclude<TfTensor["values"], Uint8Array[]>;
  return {
    dtype,
    tensorShape: { dim: tensor.shape.map((size) => ({ size })) },
    tensorContent: Buffer.from(values.buffer, values.byteOffset, values.byteLength),
  };
}
