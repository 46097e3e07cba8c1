// Builders for small hand-made ONNX graphs, used by the tests to check shape rules
// and MACs against hand-computed figures. Encoded with the same schema the decoder uses.
import { dataTypeCode } from "./data-types";
import { encodeOnnxModel } from "./encode-onnx-model";
import type { DataTypeName } from "./types";

type AttrValue = number | number[] | string | { float: number };

/** A declared value; dims null declares the type only (no shape). */
export function valueInfo(name: string, dims: (number | string)[] | null, dtype: DataTypeName = "float32") {
  const elem_type = dataTypeCode(dtype);
  if (!dims) return { name, type: { tensor_type: { elem_type } } };
  const dim = dims.map((d) => (typeof d === "number" ? { dim_value: d } : { dim_param: d }));
  return { name, type: { tensor_type: { elem_type, shape: { dim } } } };
}

/** An initializer; int64 values go to int64_data, floats to raw_data (little-endian). */
export function initializer(name: string, dims: number[], options: { int64?: number[]; floats?: number[]; dtype?: DataTypeName } = {}) {
  if (options.int64) return { name, dims, data_type: dataTypeCode("int64"), int64_data: options.int64 };
  const count = dims.reduce((a, b) => a * b, 1);
  const raw = Buffer.alloc(count * 4);
  (options.floats ?? []).forEach((v, i) => raw.writeFloatLE(v, i * 4));
  return { name, dims, data_type: dataTypeCode(options.dtype ?? "float32"), raw_data: raw };
}

export function node(op_type: string, input: string[], output: string[], attrs: Record<string, AttrValue> = {}, domain = "") {
  const attribute = Object.entries(attrs).map(([name, value]) => {
    if (typeof value === "string") return { name, type: "STRING", s: Buffer.from(value) };
    if (Array.isArray(value)) return { name, type: "INTS", ints: value };
    if (typeof value === "object") return { name, type: "FLOAT", f: value.float };
    return { name, type: "INT", i: value };
  });
  return { op_type, input, output, attribute, domain, name: `${op_type}_${output[0]}` };
}

export type TinyGraph = {
  nodes: ReturnType<typeof node>[];
  inputs: ReturnType<typeof valueInfo>[];
  outputs: ReturnType<typeof valueInfo>[];
  /** From initializer(), or any TensorProto-shaped object (typed fields, external data). */
  initializers?: Record<string, unknown>[];
  valueInfo?: ReturnType<typeof valueInfo>[];
  opset?: number;
};

export function makeTinyModel({ nodes, inputs, outputs, initializers = [], valueInfo = [], opset = 13 }: TinyGraph): Uint8Array {
  return encodeOnnxModel({
    ir_version: 8,
    producer_name: "accel-studio-tests",
    opset_import: [{ domain: "", version: opset }, { domain: "com.microsoft", version: 1 }],
    graph: { name: "tiny", node: nodes, input: inputs, output: outputs, initializer: initializers, value_info: valueInfo },
  });
}
