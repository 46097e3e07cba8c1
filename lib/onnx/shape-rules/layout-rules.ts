// Ops that rearrange dims without computing: Flatten, Reshape, Transpose, Squeeze,
// Unsqueeze, Concat, Split. Small constants (shape vectors) pass through them, which is
// how Shape → Gather → Unsqueeze → Concat → Reshape chains resolve statically.
import type { InferredDim } from "../types";
import { facts, listFrom, normalizeAxis, product, UNKNOWN, type ShapeRule } from "./rule-kit";

const flatten: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  if (!x) return [facts(ctx.dtype(0), null)];
  const axis = ctx.attrs.int("axis", 1);
  const split = axis < 0 ? axis + x.length : axis;
  return [facts(ctx.dtype(0), [product(x.slice(0, split)), product(x.slice(split))], ctx.input(0)?.value)];
};

// Reshape: shape comes from input 1 (opset ≥ 5) or the `shape` attribute (older).
// 0 copies the input dim at that index (unless allowzero=1); one -1 takes what is left.
const reshape: ShapeRule = (ctx) => {
  const dtype = ctx.dtype(0);
  const target = ctx.opset >= 5 ? ctx.value(1) : ctx.attrs.ints("shape");
  const value = ctx.input(0)?.value;
  if (!target) {
    const spec = ctx.shape(1);
    const rank = spec && spec.length === 1 ? spec[0] : null;
    return [facts(dtype, rank === null ? null : Array(rank).fill(null), value)];
  }
  const x = ctx.shape(0);
  const allowZero = ctx.attrs.int("allowzero", 0) === 1;
  const dims: InferredDim[] = target.map((d, i) => (d === 0 && !allowZero ? (x?.[i] ?? null) : d));
  const inferIndex = dims.indexOf(-1);
  if (inferIndex >= 0) {
    const total = x ? product(x) : null;
    const rest = product(dims.filter((_, i) => i !== inferIndex));
    dims[inferIndex] = total !== null && rest !== null && rest !== 0 ? total / rest : null;
  }
  return [facts(dtype, dims, value)];
};

const transpose: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  if (!x) return [facts(ctx.dtype(0), null)];
  const perm = ctx.attrs.ints("perm") ?? x.map((_, i) => x.length - 1 - i);
  return [facts(ctx.dtype(0), perm.map((p) => x[p] ?? null))];
};

// Squeeze/Unsqueeze: axes attribute before opset 13, second input from 13 on.
const squeeze: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const axes = listFrom(ctx, "axes", 1, 13);
  const value = ctx.input(0)?.value;
  if (!x || axes === null) return [facts(ctx.dtype(0), null, value)];
  if (axes === undefined) {
    if (x.some((d) => d === null)) return [facts(ctx.dtype(0), null, value)];
    return [facts(ctx.dtype(0), x.filter((d) => d !== 1), value)];
  }
  const drop = new Set(axes.map((a) => normalizeAxis(a, x.length)));
  return [facts(ctx.dtype(0), x.filter((_, i) => !drop.has(i)), value)];
};

const unsqueeze: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const axes = listFrom(ctx, "axes", 1, 13);
  const value = ctx.input(0)?.value;
  if (!x || !axes) return [facts(ctx.dtype(0), null, value)];
  const rank = x.length + axes.length;
  const inserted = new Set(axes.map((a) => normalizeAxis(a, rank)));
  const rest = [...x];
  const shape = Array.from({ length: rank }, (_, i) => (inserted.has(i) ? 1 : (rest.shift() ?? null)));
  return [facts(ctx.dtype(0), shape, value)];
};

const concat: ShapeRule = (ctx) => {
  const shapes = ctx.node.input.map((_, i) => ctx.shape(i));
  const dtype = ctx.node.input.map((_, i) => ctx.dtype(i)).find((d) => d !== null) ?? null;
  const first = shapes.find((s) => s !== null);
  if (!first) return [facts(dtype, null)];
  const axis = normalizeAxis(ctx.attrs.int("axis", 0), first.length);
  if (axis === null) return [facts(dtype, null)];
  const shape = first.map((_, i) => {
    if (i !== axis) return shapes.map((s) => s?.[i] ?? null).find((d) => d !== null) ?? null;
    const parts = shapes.map((s) => s?.[i] ?? null);
    return parts.every((d) => d !== null) ? (parts as number[]).reduce((sum, d) => sum + d, 0) : null;
  });
  // Joining along axis 0 in row-major order is joining the flat contents.
  const values = ctx.node.input.map((_, i) => ctx.value(i));
  const value = axis === 0 && values.every((v) => v !== null) ? values.flat() as number[] : null;
  return [facts(dtype, shape, value)];
};

// Split: sizes from `split` (attribute before 13, input from 13), else num_outputs
// (opset 18) or one part per output; parts are ceil(dim / n), the last takes the rest.
const split: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const outputs = ctx.node.output.length;
  if (!x) return Array(outputs).fill(facts(ctx.dtype(0), null));
  const axis = normalizeAxis(ctx.attrs.int("axis", 0), x.length);
  if (axis === null) return [UNKNOWN];
  let sizes: (number | null)[] | null | undefined = listFrom(ctx, "split", 1, 13);
  const dim = x[axis];
  if (sizes === undefined) {
    const parts = ctx.attrs.int("num_outputs", outputs);
    const chunk = dim === null ? null : Math.ceil(dim / parts);
    sizes = Array.from({ length: outputs }, (_, i) =>
      chunk === null || dim === null ? null : i < outputs - 1 ? chunk : dim - chunk * (outputs - 1));
  }
  return Array.from({ length: outputs }, (_, i) =>
    facts(ctx.dtype(0), x.map((d, j) => (j === axis ? (sizes?.[i] ?? null) : d))));
};

export const LAYOUT_RULES: Record<string, ShapeRule> = {
  Flatten: flatten,
  Reshape: reshape,
  Transpose: transpose,
  Squeeze: squeeze,
  Unsqueeze: unsqueeze,
  Concat: concat,
  Split: split,
};
