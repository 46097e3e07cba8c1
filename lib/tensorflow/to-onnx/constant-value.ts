import { AppError } from "@/lib/errors";
import type { DataTypeName } from "@/lib/onnx/types";
import type { TfNode } from "../types";
import type { OnnxBuilder } from "./onnx-builder";
import type { Value } from "./types";

/** Integer tensors this small are tracked by value: shape arithmetic folds on them. */
export const MAX_FOLDED_ELEMENTS = 64;

/** A constant Value: an initializer, with its numbers kept when they are small integers. */
export function constantValue(builder: OnnxBuilder, base: string, dtype: DataTypeName, shape: number[], values: ArrayLike<number> | ArrayLike<bigint>): Value {
  const onnxType = dtype === "float64" || dtype === "float16" || dtype === "bfloat16" ? "float32" : dtype;
  const name = builder.initializer(base, onnxType, shape, values);
  const isInteger = dtype === "int32" || dtype === "int64";
  const constant = isInteger && values.length <= MAX_FOLDED_ELEMENTS ? Array.from(values as ArrayLike<number | bigint>, Number) : undefined;
  const data = isInteger ? undefined : (values as ArrayLike<number>);
  return { name, shape, dtype: onnxType, isNchw: false, constant, data };
}

/** The known integers of an input that must be a constant (axes, perms, sizes). */
export function requireInts(node: TfNode, value: Value, what: string): number[] {
  if (!value.constant) throw new AppError("unsupported_model", `Node "${node.name}" (${node.op}) computes its ${what} at run time; only constant ${what}s can be converted.`, { ops: [node.op] });
  return value.constant;
}

/** An int64 tensor for ONNX's shape-like inputs: an initializer when known, else a Cast. */
export function int64Input(builder: OnnxBuilder, value: Value): string {
  if (value.constant) return builder.int64s(`${value.name}/int64`, value.constant, value.shape.length === 0 ? [] : [value.constant.length]);
  if (value.dtype === "int64") return value.name;
  return builder.op("Cast", [value.name], `${value.name}__int64`, { to: 7 });
}

export const normalizeAxis = (axis: number, rank: number) => (axis < 0 ? axis + rank : axis);
