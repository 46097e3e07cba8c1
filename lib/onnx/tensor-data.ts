// Sizes and small contents of TensorProto values. Element data lives in raw_data
// (fixed-width little-endian) or in a typed field chosen by data_type: float_data,
// int32_data (also int8/uint8/int16/uint16/bool and float16/bfloat16 bit patterns),
// int64_data, double_data, uint64_data — see the TensorProto comments in onnx.proto.
import { byteSizeOf, dataTypeName } from "./data-types";
import type { OnnxTensor } from "./model-proto-types";

export function tensorElementCount(tensor: OnnxTensor): number {
  return tensor.dims.reduce((count, dim) => count * dim, 1);
}

/** Bytes the elements occupy in their own dtype (strings: their UTF-8 bytes). */
export function tensorByteSize(tensor: OnnxTensor): number {
  const dtype = dataTypeName(tensor.data_type);
  if (dtype === "string") return tensor.string_data.reduce((sum, s) => sum + s.length, 0);
  return byteSizeOf(dtype, tensorElementCount(tensor));
}

export function isExternalTensor(tensor: OnnxTensor): boolean {
  return tensor.data_location === "EXTERNAL" || tensor.external_data.length > 0;
}

/**
 * The elements as numbers, or null when they are external, absent, too many, or of a
 * type this reader does not unpack (strings, complex, 8-bit floats, sub-byte types).
 */
export function readTensorNumbers(tensor: OnnxTensor, maxElements = 4096): number[] | null {
  const count = tensorElementCount(tensor);
  if (count > maxElements || isExternalTensor(tensor)) return null;
  const dtype = dataTypeName(tensor.data_type);
  const raw = tensor.raw_data;
  if (raw && raw.length > 0) return readRaw(raw, dtype, count);
  const typed = typedField(tensor, dtype);
  if (!typed || typed.length !== count) return null;
  if (dtype === "float16") return typed.map(halfToNumber);
  if (dtype === "bfloat16") return typed.map(bfloat16ToNumber);
  return typed.slice();
}

function typedField(tensor: OnnxTensor, dtype: string): number[] | null {
  switch (dtype) {
    case "float32": return tensor.float_data;
    case "int64": return tensor.int64_data;
    case "float64": return tensor.double_data;
    case "uint32": case "uint64": return tensor.uint64_data;
    case "int32": case "int16": case "uint16": case "int8": case "uint8": case "bool":
    case "float16": case "bfloat16":
      return tensor.int32_data;
    default: return null;
  }
}

const RAW_READERS: Record<string, [number, (view: DataView, offset: number) => number]> = {
  float32: [4, (v, o) => v.getFloat32(o, true)],
  float64: [8, (v, o) => v.getFloat64(o, true)],
  int64: [8, (v, o) => Number(v.getBigInt64(o, true))],
  uint64: [8, (v, o) => Number(v.getBigUint64(o, true))],
  int32: [4, (v, o) => v.getInt32(o, true)],
  uint32: [4, (v, o) => v.getUint32(o, true)],
  int16: [2, (v, o) => v.getInt16(o, true)],
  uint16: [2, (v, o) => v.getUint16(o, true)],
  int8: [1, (v, o) => v.getInt8(o)],
  uint8: [1, (v, o) => v.getUint8(o)],
  bool: [1, (v, o) => v.getUint8(o)],
  float16: [2, (v, o) => halfToNumber(v.getUint16(o, true))],
  bfloat16: [2, (v, o) => bfloat16ToNumber(v.getUint16(o, true))],
};

function readRaw(raw: Uint8Array, dtype: string, count: number): number[] | null {
  const reader = RAW_READERS[dtype];
  if (!reader || raw.length !== reader[0] * count) return null;
  const [width, read] = reader;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return Array.from({ length: count }, (_, i) => read(view, i * width));
}

/** IEEE 754 binary16 bit pattern → number. */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** bfloat16 is the top half of a float32. */
function bfloat16ToNumber(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, (bits & 0xffff) << 16);
  return view.getFloat32(0);
}
