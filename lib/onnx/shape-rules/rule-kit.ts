// The contract between infer-shapes.ts and the per-op shape rules, plus the small
// shape arithmetic they share. Dims are numbers or null (unknown); a shape is null
// when even its rank is unknown.
import type { NodeAttributes } from "../node-attributes";
import type { OnnxNode } from "../model-proto-types";
import type { DataTypeName, InferredDim, ValueFacts } from "../types";

export type Shape = InferredDim[] | null;

export type RuleContext = {
  node: OnnxNode;
  attrs: NodeAttributes;
  /** Opset version in force for the node's domain. */
  opset: number;
  /** Facts of input i; undefined when the input is omitted ("") or not produced. */
  input(i: number): ValueFacts | undefined;
  shape(i: number): Shape;
  dtype(i: number): DataTypeName | null;
  /** Contents of input i when it is a small known constant. */
  value(i: number): number[] | null;
  hasInput(i: number): boolean;
};

/** Returns facts for each output, in order; missing entries are unknown. */
export type ShapeRule = (ctx: RuleContext) => ValueFacts[];

export const UNKNOWN: ValueFacts = { dtype: null, shape: null };

export function facts(dtype: DataTypeName | null, shape: Shape, value?: number[] | null): ValueFacts {
  return value ? { dtype, shape, value } : { dtype, shape };
}

/** Resolves a possibly negative axis against a rank; null when out of range. */
export function normalizeAxis(axis: number, rank: number): number | null {
  const resolved = axis < 0 ? axis + rank : axis;
  return resolved >= 0 && resolved < rank ? resolved : null;
}

export function product(dims: InferredDim[]): number | null {
  let result = 1;
  for (const dim of dims) {
    if (dim === null) return null;
    result *= dim;
  }
  return result;
}

export function isFullyKnown(shape: Shape): shape is number[] {
  return shape !== null && shape.every((dim) => dim !== null);
}

/** Multidirectional (numpy) broadcasting, ONNX docs/Broadcasting.md. */
export function broadcastShapes(shapes: Shape[]): Shape {
  if (shapes.some((s) => s === null)) return null;
  const known = shapes as InferredDim[][];
  const rank = Math.max(0, ...known.map((s) => s.length));
  const result: InferredDim[] = [];
  for (let i = 0; i < rank; i++) {
    const dims = known.map((s) => s[s.length - rank + i] ?? 1);
    const big = dims.filter((d) => d !== 1);
    if (big.length === 0) result.push(1);
    else if (big.some((d) => d === null)) result.push(big.find((d) => d !== null) ?? null);
    else result.push(new Set(big).size === 1 ? big[0] : null); // 3 vs 5 cannot broadcast
  }
  return result;
}

/**
 * A list given by attribute in older opsets and by an input from `inputSince` on
 * (axes, pads, split, …): undefined when not given at all, null when given but unknown.
 */
export function listFrom(ctx: RuleContext, attrName: string, inputIndex: number, inputSince: number): number[] | null | undefined {
  if (ctx.opset >= inputSince) return ctx.hasInput(inputIndex) ? ctx.value(inputIndex) : undefined;
  return ctx.attrs.ints(attrName) ?? undefined;
}

/** Applies an elementwise function to two small constants, broadcasting scalars. */
export function foldBinary(a: number[] | null, b: number[] | null, fn: (x: number, y: number) => number): number[] | null {
  if (!a || !b) return null;
  if (a.length === b.length) return a.map((x, i) => fn(x, b[i]));
  if (b.length === 1) return a.map((x) => fn(x, b[0]));
  if (a.length === 1) return b.map((y) => fn(a[0], y));
  return null;
}
