// Reductions and selections along axes: Reduce*, ArgMax/ArgMin, TopK.
import { facts, listFrom, normalizeAxis, type RuleContext, type Shape, type ShapeRule } from "./rule-kit";

function reduceShape(ctx: RuleContext, x: Shape, axes: number[] | null | undefined): Shape {
  if (!x || axes === null) return null;
  const keepDims = ctx.attrs.int("keepdims", 1) === 1;
  // No axes means all axes, unless noop_with_empty_axes=1 (opset 13/18 forms).
  if (axes === undefined || axes.length === 0) {
    if (ctx.attrs.int("noop_with_empty_axes", 0) === 1) return x;
    return keepDims ? x.map(() => 1) : [];
  }
  const reduced = new Set(axes.map((a) => normalizeAxis(a, x.length)));
  return keepDims ? x.map((d, i) => (reduced.has(i) ? 1 : d)) : x.filter((_, i) => !reduced.has(i));
}

/** `since` is the opset from which axes moved from the attribute to input 1. */
function reduceRule(since: number): ShapeRule {
  return (ctx) => [facts(ctx.dtype(0), reduceShape(ctx, ctx.shape(0), listFrom(ctx, "axes", 1, since)))];
}

const argReduce: ShapeRule = (ctx) => [facts("int64", reduceShape(ctx, ctx.shape(0), [ctx.attrs.int("axis", 0)]))];

// TopK: k is an attribute before opset 10 and input 1 from 10; axis defaults to -1.
const topK: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const k = ctx.opset >= 10 ? (ctx.value(1)?.[0] ?? null) : ctx.attrs.int("k", 0);
  const axis = x ? normalizeAxis(ctx.attrs.int("axis", -1), x.length) : null;
  const shape = x && axis !== null ? x.map((d, i) => (i === axis ? k : d)) : null;
  return [facts(ctx.dtype(0), shape), facts("int64", shape)];
};

export const REDUCE_RULES: Record<string, ShapeRule> = {
  ...Object.fromEntries(
    ["ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2", "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare"]
      .map((op) => [op, reduceRule(18)]),
  ),
  ReduceSum: reduceRule(13),
  ArgMax: argReduce,
  ArgMin: argReduce,
  TopK: topK,
};
