import { dataTypeCode } from "@/lib/onnx/data-types";
import { attrInts } from "../attr-values";
import { tfDataTypeName } from "../data-types";
import { constantValue, int64Input, normalizeAxis, requireInts } from "./constant-value";
import type { TranslateContext, Value } from "./types";

/** TF (NHWC) axis → where that dim sits in NCHW. */
export const NCHW_POSITION = [0, 2, 3, 1];

/**
 * Whether dropping `removed` TF axes of an NCHW value leaves the rest in TF's order:
 * true unless channels and a spatial dim both remain (NCHW puts C first).
 */
export function keepsOrderWithout(removed: number[]): boolean {
  const left = [0, 1, 2, 3].filter((a) => !removed.includes(a));
  return !(left.includes(3) && (left.includes(1) || left.includes(2)));
}

const result = (value: Value, name: string, shape: number[], constant?: number[]): Value[] => [{ name, shape, dtype: value.dtype, isNchw: false, constant }];

export function translateIdentity({ inputs }: TranslateContext): Value[] {
  return [inputs[0]];
}

export function translateShape({ node, inputs, builder }: TranslateContext): Value[] {
  const x = inputs[0];
  const dtype = tfDataTypeName(node.attr.out_type?.type) === "int64" ? "int64" : "int32";
  // Shapes are static wherever the inputs were: fold, so what follows stays static too.
  if (x.shape.every((d) => d >= 0)) return [constantValue(builder, node.name, dtype, [x.shape.length], x.shape)];
  const shape = builder.op("Shape", [builder.asTf(x).name], `${node.name}/int64`);
  return [{ name: dtype === "int64" ? shape : builder.op("Cast", [shape], node.name, { to: dataTypeCode(dtype) }), shape: [x.shape.length], dtype, isNchw: false }];
}

export function translateReshape({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asTf(inputs[0]);
  const target = inputs[1].constant;
  const count = x.shape.every((d) => d >= 0) ? x.shape.reduce((a, b) => a * b, 1) : -1;
  const shape = target ? resolveFree(target, count) : Array(inputs[1].shape[0]).fill(-1);
  if (x.constant && shape.every((d) => d >= 0)) return [constantValue(builder, node.name, x.dtype, shape, x.constant)];
  return result(x, builder.op("Reshape", [x.name, int64Input(builder, inputs[1])], node.name), shape);
}

function resolveFree(target: number[], count: number): number[] {
  const free = target.indexOf(-1);
  if (free < 0 || count < 0) return target;
  const rest = target.reduce((a, b, k) => (k === free ? a : a * b), 1);
  return target.map((d, k) => (k === free ? count / rest : d));
}

export function translateSqueeze({ node, inputs, builder }: TranslateContext): Value[] {
  const rank = inputs[0].shape.length;
  const listed = (attrInts(node, "squeeze_dims") ?? attrInts(node, "axis") ?? []).map((a) => normalizeAxis(a, rank));
  const axes = listed.length ? listed : inputs[0].shape.flatMap((d, k) => (d === 1 ? [k] : []));
  const shape = inputs[0].shape.filter((_, k) => !axes.includes(k));
  if (inputs[0].constant) return [constantValue(builder, node.name, inputs[0].dtype, shape, inputs[0].constant)];
  // AvgPool → Squeeze([1, 2]) needs no transpose: squeeze H and W where NCHW has them.
  if (inputs[0].isNchw && keepsOrderWithout(axes)) {
    return result(inputs[0], builder.op("Squeeze", [inputs[0].name, builder.int64s(`${node.name}/axes`, axes.map((a) => NCHW_POSITION[a]))], node.name), shape);
  }
  const x = builder.asTf(inputs[0]);
  return result(x, builder.op("Squeeze", [x.name, builder.int64s(`${node.name}/axes`, axes)], node.name), shape);
}

export function translateExpandDims({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asTf(inputs[0]);
  const axis = normalizeAxis(requireInts(node, inputs[1], "axis")[0], x.shape.length + 1);
  const shape = [...x.shape.slice(0, axis), 1, ...x.shape.slice(axis)];
  if (x.constant) return [constantValue(builder, node.name, x.dtype, shape, x.constant)];
  return result(x, builder.op("Unsqueeze", [x.name, builder.int64s(`${node.name}/axes`, [axis])], node.name), shape);
}

export function translateTranspose({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asTf(inputs[0]);
  const perm = requireInts(node, inputs[1], "permutation");
  return result(x, builder.op("Transpose", [x.name], node.name, { perm }), perm.map((p) => x.shape[p]));
}

export function translateTile({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asTf(inputs[0]);
  const multiples = inputs[1].constant;
  const shape = x.shape.map((d, k) => (multiples && d >= 0 ? d * multiples[k] : -1));
  return result(x, builder.op("Tile", [x.name, int64Input(builder, inputs[1])], node.name), shape);
}

export function translateCast({ node, inputs, builder }: TranslateContext): Value[] {
  const to = tfDataTypeName(node.attr.DstT?.type);
  const x = inputs[0];
  if (x.constant && (to === "int32" || to === "int64")) return [constantValue(builder, node.name, to, x.shape, x.constant)];
  return [{ ...x, constant: undefined, data: undefined, dtype: to, name: builder.op("Cast", [x.name], node.name, { to: dataTypeCode(to) }) }];
}
