// Public types of lib/tensorflow: a TensorFlow graph held in memory, the one shape both
// upload forms (a frozen GraphDef .pb, a TensorFlow.js model.json + shards) decode to.
// Node and attribute objects are tensorflow.proto's messages as protobufjs's toObject
// gives them (camelCase names, int64 as numbers, enums as their names).
import type { DataTypeName } from "@/lib/onnx/types";

export type TfShapeProto = { dim?: { size?: number; name?: string }[]; unknownRank?: boolean };

export type TfTensorProto = {
  dtype?: string | number;
  tensorShape?: TfShapeProto;
  tensorContent?: Uint8Array;
  floatVal?: number[];
  doubleVal?: number[];
  intVal?: number[];
  stringVal?: Uint8Array[];
  int64Val?: number[];
  boolVal?: boolean[];
  halfVal?: number[];
};

export type TfAttrList = {
  s?: (Uint8Array | number[])[];
  i?: number[];
  f?: number[];
  b?: boolean[];
  type?: (string | number)[];
  shape?: TfShapeProto[];
  tensor?: TfTensorProto[];
};

export type TfAttrValue = {
  list?: TfAttrList;
  /** bytes: a Buffer from a .pb or base64 JSON, a byte array from older model.json files. */
  s?: Uint8Array | number[];
  i?: number;
  f?: number;
  b?: boolean;
  type?: string | number;
  shape?: TfShapeProto;
  tensor?: TfTensorProto;
  placeholder?: string;
  func?: { name?: string };
};

export type TfNode = { name: string; op: string; input: string[]; device?: string; attr: Record<string, TfAttrValue> };

/** Decoded tensor values: float16/bfloat16 and TF.js-quantised weights widen to float32; strings stay bytes. */
export type TfValues = Float32Array | Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array | BigInt64Array | Uint8Array[];

export type TfTensor = {
  dtype: DataTypeName;
  shape: number[];
  values: TfValues;
  /** How the weight was stored, when that differs from dtype (TF.js quantisation: min + q·scale). */
  storedAs?: { dtype: "uint8" | "uint16" | "float16"; min?: number; scale?: number };
};

export type TfGraphFormat = "graphdef" | "tfjs";

/** A parsed graph model: nodes in file order, and every Const's value decoded, keyed by node name. */
export type TfGraph = {
  format: TfGraphFormat;
  /** GraphDef versions.producer (the TensorFlow graph version that wrote it), when present. */
  producer: number | null;
  /** model.json's convertedBy / generatedBy, when present. */
  convertedBy: string | null;
  nodes: TfNode[];
  weights: Map<string, TfTensor>;
  /** Bytes the weights occupy as stored (quantised bytes for quantised TF.js weights). */
  storedWeightBytes: number;
};
