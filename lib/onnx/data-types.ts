// TensorProto.DataType codes (onnx.proto) → the lowercase names onnxruntime uses for
// tensor types ("float32", "int64", …), with the storage width of one element.
// Widths follow onnx.proto's comments: 4-bit types pack two per byte, 2-bit four.
import type { DataTypeName } from "./types";

type DataTypeSpec = { name: DataTypeName; bits: number };

const DATA_TYPES: Record<number, DataTypeSpec> = {
  0: { name: "undefined", bits: 0 },
  1: { name: "float32", bits: 32 },
  2: { name: "uint8", bits: 8 },
  3: { name: "int8", bits: 8 },
  4: { name: "uint16", bits: 16 },
  5: { name: "int16", bits: 16 },
  6: { name: "int32", bits: 32 },
  7: { name: "int64", bits: 64 },
  8: { name: "string", bits: 0 },
  9: { name: "bool", bits: 8 },
  10: { name: "float16", bits: 16 },
  11: { name: "float64", bits: 64 },
  12: { name: "uint32", bits: 32 },
  13: { name: "uint64", bits: 64 },
  14: { name: "complex64", bits: 64 },
  15: { name: "complex128", bits: 128 },
  16: { name: "bfloat16", bits: 16 },
  17: { name: "float8e4m3fn", bits: 8 },
  18: { name: "float8e4m3fnuz", bits: 8 },
  19: { name: "float8e5m2", bits: 8 },
  20: { name: "float8e5m2fnuz", bits: 8 },
  21: { name: "uint4", bits: 4 },
  22: { name: "int4", bits: 4 },
  23: { name: "float4e2m1", bits: 4 },
  24: { name: "float8e8m0", bits: 8 },
  25: { name: "uint2", bits: 2 },
  26: { name: "int2", bits: 2 },
};

const CODE_BY_NAME = new Map(Object.entries(DATA_TYPES).map(([code, spec]) => [spec.name, Number(code)]));

/** The dtype name of a TensorProto.DataType code; unknown codes read as "undefined". */
export function dataTypeName(code: number | undefined): DataTypeName {
  return DATA_TYPES[code ?? 0]?.name ?? "undefined";
}

/** The TensorProto.DataType code of a dtype name (for building tensors in tests and tools). */
export function dataTypeCode(name: DataTypeName): number {
  return CODE_BY_NAME.get(name) ?? 0;
}

/** Bits one element occupies; 0 for strings (variable) and undefined. */
export function dataTypeBits(name: DataTypeName | null): number {
  if (name === null) return 0;
  return DATA_TYPES[CODE_BY_NAME.get(name) ?? 0].bits;
}

/** Bytes that `elements` values of this dtype occupy, rounding packed sub-byte types up. */
export function byteSizeOf(name: DataTypeName | null, elements: number): number {
  return Math.ceil((elements * dataTypeBits(name)) / 8);
}
