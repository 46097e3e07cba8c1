import { AppError } from "@/lib/errors";
import type { DataTypeName } from "@/lib/onnx/types";

// TensorFlow DataType codes and names (PROTOCOLS.md, DataType enum) and TF.js manifest
// dtype strings, mapped to the element type names the rest of the studio uses.
const BY_CODE: Record<number, DataTypeName> = { 1: "float32", 2: "float64", 3: "int32", 4: "uint8", 5: "int16", 6: "int8", 7: "string", 9: "int64", 10: "bool", 14: "bfloat16", 19: "float16" };
const BY_NAME: Record<string, DataTypeName> = {
  DT_FLOAT: "float32", DT_DOUBLE: "float64", DT_INT32: "int32", DT_UINT8: "uint8", DT_INT16: "int16", DT_INT8: "int8",
  DT_STRING: "string", DT_INT64: "int64", DT_BOOL: "bool", DT_BFLOAT16: "bfloat16", DT_HALF: "float16",
};

/** A DataType as a decoded attribute or tensor carries it (enum name or code); "undefined" when unknown. */
export function tfDataTypeName(type: string | number | undefined): DataTypeName {
  if (type === undefined) return "undefined";
  return (typeof type === "number" ? BY_CODE[type] : BY_NAME[type]) ?? "undefined";
}

const TFJS_DTYPES: Record<string, DataTypeName> = { float32: "float32", int32: "int32", bool: "bool", string: "string" };

/** A TF.js weightsManifest dtype ("float32", "int32", "bool", "string"). */
export function tfjsDataTypeName(dtype: string, weightName: string): DataTypeName {
  const name = TFJS_DTYPES[dtype];
  if (!name) throw new AppError("unsupported_model", `Weight "${weightName}" has dtype "${dtype}", which TensorFlow.js graph models do not use.`, { weight: weightName });
  return name;
}

/** Bytes of one element as stored (strings and unknown types: 0, as they are not weights). */
export function elementBytes(dtype: DataTypeName): number {
  switch (dtype) {
    case "float64": case "int64": return 8;
    case "float32": case "int32": return 4;
    case "float16": case "bfloat16": case "int16": case "uint16": return 2;
    case "uint8": case "int8": case "bool": return 1;
    default: return 0;
  }
}

/** IEEE 754 half precision to a JS number (TF.js float16 weights, TensorProto half_val). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}
