// Ops that grow or shrink dims by given amounts: Pad, Expand, Tile, Resize, Upsample,
// DepthToSpace, SpaceToDepth.
import type { InferredDim } from "../types";
import { broadcastShapes, facts, listFrom, normalizeAxis, type ShapeRule } from "./rule-kit";

// Pad: pads = [x1_begin, x2_begin, …, x1_end, x2_end, …]; attribute before opset 11,
// input 1 after; opset 18 adds an optional axes input (3) naming the padded axes.
const pad: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const pads = listFrom(ctx, "pads", 1, 11);
  if (!x || !pads) return [facts(ctx.dtype(0), x ? x.map(() => null) : null)];
  const axes = ctx.hasInput(3) ? ctx.value(3) : x.map((_, i) => i);
  if (!axes) return [facts(ctx.dtype(0), x.map(() => null))];
  const shape = [...x];
  axes.forEach((a, i) => {
    const axis = normalizeAxis(a, x.length);
    if (axis === null) return;
    const dim = shape[axis];
    shape[axis] = dim === null ? null : dim + pads[i] + pads[i + axes.length];
  });
  return [facts(ctx.dtype(0), shape)];
};

const expand: ShapeRule = (ctx) => {
  const target = ctx.value(1);
  return [facts(ctx.dtype(0), target ? broadcastShapes([ctx.shape(0), target]) : null)];
};

const tile: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const repeats = ctx.value(1);
  if (!x) return [facts(ctx.dtype(0), null)];
  return [facts(ctx.dtype(0), x.map((d, i) => (d === null || !repeats ? null : d * repeats[i])))];
};

function scaled(x: InferredDim[], scales: number[]): InferredDim[] {
  return x.map((d, i) => (d === null || scales[i] === undefined ? null : Math.floor(d * scales[i])));
}

// Resize-10: (X, scales). Resize-11+: (X, roi, scales, sizes), exactly one of scales and
// sizes non-empty; opset 18 adds `axes` to name which dims they cover.
const resize: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const dtype = ctx.dtype(0);
  if (!x) return [facts(dtype, null)];
  const axes = (ctx.attrs.ints("axes") ?? x.map((_, i) => i)).map((a) => normalizeAxis(a, x.length));
  const sizes = ctx.opset >= 11 && ctx.hasInput(3) ? ctx.value(3) : null;
  const scales = ctx.value(ctx.opset >= 11 ? 2 : 1);
  const shape: InferredDim[] = x.map(() => null);
  x.forEach((d, i) => { if (!axes.includes(i)) shape[i] = d; });
  axes.forEach((axis, i) => {
    if (axis === null) return;
    if (sizes && sizes.length) shape[axis] = sizes[i] ?? null;
    else if (scales && scales.length) shape[axis] = scaled([x[axis]], [scales[i]])[0];
  });
  return [facts(dtype, shape)];
};

// Upsample (deprecated in opset 10): scales attribute in opset 7–8, input 1 from 9.
const upsample: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const scales = ctx.opset >= 9 ? ctx.value(1) : ctx.attrs.floats("scales");
  return [facts(ctx.dtype(0), x && scales ? scaled(x, scales) : x ? x.map(() => null) : null)];
};

function blockRule(direction: "depthToSpace" | "spaceToDepth"): ShapeRule {
  return (ctx) => {
    const x = ctx.shape(0);
    const b = ctx.attrs.int("blocksize", 1);
    if (!x || x.length !== 4) return [facts(ctx.dtype(0), null)];
    const [n, c, h, w] = x;
    const mul = (d: InferredDim, k: number) => (d === null ? null : d * k);
    const div = (d: InferredDim, k: number) => (d === null ? null : Math.floor(d / k));
    return direction === "depthToSpace"
      ? [facts(ctx.dtype(0), [n, div(c, b * b), mul(h, b), mul(w, b)])]
      : [facts(ctx.dtype(0), [n, mul(c, b * b), div(h, b), div(w, b)])];
  };
}

export const RESIZE_PAD_RULES: Record<string, ShapeRule> = {
  Pad: pad,
  Expand: expand,
  Tile: tile,
  Resize: resize,
  Upsample: upsample,
  DepthToSpace: blockRule("depthToSpace"),
  SpaceToDepth: blockRule("spaceToDepth"),
};
