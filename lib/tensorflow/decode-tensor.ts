import { AppError } from "@/lib/errors";
import type { DataTypeName } from "@/lib/onnx/types";
import { elementBytes, halfToFloat, tfDataTypeName } from "./data-types";
import type { TfShapeProto, TfTensor, TfTensorProto, TfValues } from "./types";

/** Dims of a TensorShapeProto; -1 (unknown) stays -1; null when the rank is unknown. */
export function shapeDims(shape: TfShapeProto | undefined): number[] | null {
  if (!shape || shape.unknownRank) return null;
  return (shape.dim ?? []).map((d) => d.size ?? 0);
}

/**
 * The values of a TensorProto. As PROTOCOLS.md says (and TensorFlow's make_ndarray does),
 * they come packed little-endian in tensor_content or in the typed *_val field; a *_val
 * shorter than the shape repeats its last value (how TensorFlow stores a filled constant).
 */
export function decodeTensorProto(proto: TfTensorProto, where: string): TfTensor {
  const dtype = tfDataTypeName(proto.dtype);
  const shape = shapeDims(proto.tensorShape) ?? [];
  if (shape.some((d) => d < 0)) throw new AppError("invalid_model", `The constant ${where} has an unknown dimension in its shape.`);
  const count = shape.reduce((a, b) => a * b, 1);
  const content = proto.tensorContent;
  if (content && content.byteLength > 0) return { dtype, shape, values: fromContent(dtype, content, count, where) };
  return { dtype, shape, values: fromTyped(dtype, proto, count, where) };
}

function fromContent(dtype: DataTypeName, content: Uint8Array, count: number, where: string): TfValues {
  const size = elementBytes(dtype);
  if (size === 0) throw new AppError("unsupported_model", `The constant ${where} is of type ${dtype}, which cannot be packed.`);
  if (content.byteLength !== count * size) {
    throw new AppError("invalid_model", `The constant ${where} holds ${content.byteLength} bytes where its shape needs ${count * size}; the file is damaged.`);
  }
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  switch (dtype) {
    case "float32": return Float32Array.from({ length: count }, (_, k) => view.getFloat32(k * 4, true));
    case "float64": return Float64Array.from({ length: count }, (_, k) => view.getFloat64(k * 8, true));
    case "int32": return Int32Array.from({ length: count }, (_, k) => view.getInt32(k * 4, true));
    case "int64": return BigInt64Array.from({ length: count }, (_, k) => view.getBigInt64(k * 8, true));
    case "int16": return Int16Array.from({ length: count }, (_, k) => view.getInt16(k * 2, true));
    case "int8": return Int8Array.from({ length: count }, (_, k) => view.getInt8(k));
    case "uint8": case "bool": return Uint8Array.from(content);
    case "float16": return Float32Array.from({ length: count }, (_, k) => halfToFloat(view.getUint16(k * 2, true)));
    case "bfloat16": return Float32Array.from({ length: count }, (_, k) => bfloatToFloat(view.getUint16(k * 2, true)));
    default: throw new AppError("unsupported_model", `The constant ${where} is of type ${dtype}, which is not supported.`);
  }
}

function fromTyped(dtype: DataTypeName, proto: TfTensorProto, count: number, where: string): TfValues {
  const fill = <T>(list: T[] | undefined, make: (n: number) => { [k: number]: T; length: number }) => {
    const out = make(count);
    const source = list ?? [];
    if (source.length > count) throw new AppError("invalid_model", `The constant ${where} holds more values than its shape has room for.`);
    for (let k = 0; k < count && source.length > 0; k++) out[k] = source[Math.min(k, source.length - 1)];
    return out;
  };
  switch (dtype) {
    case "float32": return fill(proto.floatVal, (n) => new Float32Array(n)) as Float32Array;
    case "float64": return fill(proto.doubleVal, (n) => new Float64Array(n)) as Float64Array;
    case "int32": return fill(proto.intVal, (n) => new Int32Array(n)) as Int32Array;
    case "int16": return fill(proto.intVal, (n) => new Int16Array(n)) as Int16Array;
    case "int8": return fill(proto.intVal, (n) => new Int8Array(n)) as Int8Array;
    case "uint8": return fill(proto.intVal, (n) => new Uint8Array(n)) as Uint8Array;
    case "bool": return fill(proto.boolVal?.map(Number), (n) => new Uint8Array(n)) as Uint8Array;
    case "int64": return fill(proto.int64Val?.map(BigInt), (n) => new BigInt64Array(n)) as BigInt64Array;
    case "float16": return fill(proto.halfVal?.map(halfToFloat), (n) => new Float32Array(n)) as Float32Array;
    case "bfloat16": return fill(proto.halfVal?.map(bfloatToFloat), (n) => new Float32Array(n)) as Float32Array;
    case "string": return fill(proto.stringVal, (n) => new Array<Uint8Array>(n).fill(new Uint8Array(0))) as Uint8Array[];
    default: throw new AppError("unsupported_model", `The constant ${where} is of type ${dtype}, which is not supported.`);
  }
}

// bfloat16 is the upper half of a float32.
function bfloatToFloat(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits << 16);
  return view.getFloat32(0);
}
