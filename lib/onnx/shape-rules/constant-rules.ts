// Ops that make or inspect constants: Constant, ConstantOfShape, Shape, Size, Gather,
// Slice, Range, NonZero. Their small integer results are kept as values so later
// Reshape/Unsqueeze/Pad nodes can use them.
import { dataTypeName } from "../data-types";
import { readTensorNumbers } from "../tensor-data";
import type { InferredDim } from "../types";
import { facts, isFullyKnown, normalizeAxis, product, UNKNOWN, type RuleContext, type ShapeRule } from "./rule-kit";

const constant: ShapeRule = (ctx) => {
  const tensor = ctx.attrs.tensor("value");
  if (tensor) return [facts(dataTypeName(tensor.data_type), tensor.dims.slice(), readTensorNumbers(tensor))];
  if (ctx.attrs.has("value_float")) return [facts("float32", [], [ctx.attrs.float("value_float", 0)])];
  if (ctx.attrs.has("value_int")) return [facts("int64", [], [ctx.attrs.int("value_int", 0)])];
  const floats = ctx.attrs.floats("value_floats");
  if (floats) return [facts("float32", [floats.length], floats)];
  const ints = ctx.attrs.ints("value_ints");
  if (ints) return [facts("int64", [ints.length], ints)];
  return [UNKNOWN];
};

const constantOfShape: ShapeRule = (ctx) => {
  const shape = ctx.value(0);
  const tensor = ctx.attrs.tensor("value");
  const fill = tensor ? (readTensorNumbers(tensor)?.[0] ?? null) : 0;
  const dtype = tensor ? dataTypeName(tensor.data_type) : "float32";
  const count = shape ? product(shape) : null;
  const value = count !== null && count <= 4096 && fill !== null ? Array(count).fill(fill) : null;
  return [facts(dtype, shape, value)];
};

// Shape-15 adds start/end attributes selecting a slice of the dims.
const shapeOp: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  if (!x) return [facts("int64", [null])];
  const clamp = (i: number) => Math.min(Math.max(i < 0 ? i + x.length : i, 0), x.length);
  const dims = x.slice(clamp(ctx.attrs.int("start", 0)), clamp(ctx.attrs.int("end", x.length)));
  return [facts("int64", [dims.length], isFullyKnown(dims) ? dims : null)];
};

const size: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const count = x ? product(x) : null;
  return [facts("int64", [], count === null ? null : [count])];
};

const gather: ShapeRule = (ctx) => {
  const data = ctx.shape(0);
  const indices = ctx.shape(1);
  if (!data || !indices) return [facts(ctx.dtype(0), null)];
  const axis = normalizeAxis(ctx.attrs.int("axis", 0), data.length);
  if (axis === null) return [facts(ctx.dtype(0), null)];
  const shape = [...data.slice(0, axis), ...indices, ...data.slice(axis + 1)];
  const values = ctx.value(0);
  const picks = ctx.value(1);
  const value = data.length === 1 && values && picks ? picks.map((i) => values[i < 0 ? i + values.length : i]) : null;
  return [facts(ctx.dtype(0), shape, value?.every((v) => v !== undefined) ? value : null)];
};

/** Elements a slice keeps along one axis (ONNX Slice doc: clamping of starts/ends). */
function sliceRange(dim: number, start: number, end: number, step: number): number[] {
  const resolve = (i: number) => (i < 0 ? i + dim : i);
  const kept: number[] = [];
  if (step > 0) {
    const from = Math.min(Math.max(resolve(start), 0), dim);
    const to = Math.min(Math.max(resolve(end), 0), dim);
    for (let i = from; i < to; i += step) kept.push(i);
  } else if (step < 0) {
    const from = Math.min(Math.max(resolve(start), 0), dim - 1);
    const to = Math.min(Math.max(resolve(end), -1), dim - 1);
    for (let i = from; i > to; i += step) kept.push(i);
  }
  return kept;
}

// Slice-1: starts/ends/axes attributes; Slice-10+: inputs (data, starts, ends, axes, steps).
const slice: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const dtype = ctx.dtype(0);
  if (!x) return [facts(dtype, null)];
  const fromInputs = ctx.opset >= 10;
  const starts = fromInputs ? ctx.value(1) : ctx.attrs.ints("starts");
  const ends = fromInputs ? ctx.value(2) : ctx.attrs.ints("ends");
  const axes = (fromInputs ? (ctx.hasInput(3) ? ctx.value(3) : undefined) : ctx.attrs.ints("axes")) ?? starts?.map((_, i) => i);
  const steps = fromInputs && ctx.hasInput(4) ? ctx.value(4) : starts?.map(() => 1);
  if (!starts || !ends || !axes || !steps) return [facts(dtype, x.map(() => null))];
  const shape: InferredDim[] = [...x];
  let kept: number[] | null = null;
  axes.forEach((a, i) => {
    const axis = normalizeAxis(a, x.length);
    if (axis === null) return;
    const dim = x[axis];
    if (dim === null) {
      shape[axis] = null;
      return;
    }
    const range = sliceRange(dim, starts[i], ends[i], steps[i]);
    shape[axis] = range.length;
    if (x.length === 1) kept = range;
  });
  const values = ctx.value(0);
  const value = kept && values ? (kept as number[]).map((i) => values[i]) : null;
  return [facts(dtype, shape, value)];
};

const range: ShapeRule = (ctx: RuleContext) => {
  const [start, limit, delta] = [ctx.value(0)?.[0], ctx.value(1)?.[0], ctx.value(2)?.[0]];
  if (start === undefined || limit === undefined || !delta) return [facts(ctx.dtype(0), [null])];
  const count = Math.max(Math.ceil((limit - start) / delta), 0);
  const value = count <= 4096 ? Array.from({ length: count }, (_, i) => start + i * delta) : null;
  return [facts(ctx.dtype(0), [count], value)];
};

const nonZero: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  return [facts("int64", x ? [x.length, null] : [null, null])];
};

export const CONSTANT_RULES: Record<string, ShapeRule> = {
  Constant: constant,
  ConstantOfShape: constantOfShape,
  Shape: shapeOp,
  Size: size,
  Gather: gather,
  Slice: slice,
  Range: range,
  NonZero: nonZero,
};
