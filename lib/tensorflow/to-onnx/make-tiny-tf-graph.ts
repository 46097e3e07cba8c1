// Builders for small hand-made TensorFlow graphs, used by the tests to check the
// translator against TensorFlow's own runtime (lib/tensorflow/reference) on the ops
// whose semantics bite: SAME padding, filter layouts, batch-norm folding, layouts.
import type { TfAttrValue, TfGraph, TfNode } from "../types";

type AttrInput = string | number | boolean | number[] | { type: string } | { shape: number[] };

function attrValue(value: AttrInput): TfAttrValue {
  if (typeof value === "string") return { s: Buffer.from(value) };
  if (typeof value === "number") return { i: value };
  if (typeof value === "boolean") return { b: value };
  if (Array.isArray(value)) return { list: { i: value } };
  if ("type" in value) return { type: value.type };
  return { shape: { dim: value.shape.map((size) => ({ size })) } };
}

export function tfNode(op: string, name: string, input: string[], attrs: Record<string, AttrInput> = {}): TfNode {
  const attr: Record<string, TfAttrValue> = { T: { type: "DT_FLOAT" } };
  for (const [key, value] of Object.entries(attrs)) attr[key] = key === "epsilon" ? { f: value as number } : key === "fused_ops" ? { list: { s: (value as unknown as string[]).map((s) => Buffer.from(s)) } } : attrValue(value);
  return { name, op, input, attr };
}

export function placeholder(name: string, shape: number[]): TfNode {
  return { name, op: "Placeholder", input: [], attr: { dtype: { type: "DT_FLOAT" }, shape: { shape: { dim: shape.map((size) => ({ size })) } } } };
}

/** Deterministic pseudo-random floats in −1…1 (a tiny LCG: tests need repeatable, not good, randomness). */
export function seededFloats(count: number, seed = 1): Float32Array {
  let state = seed;
  return Float32Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state / 2147483648) * 2 - 1;
  });
}

/** A graph from nodes plus constants (name → float32 or int32 values and shape). */
export function makeTinyTfGraph(nodes: TfNode[], constants: Record<string, { shape: number[]; values: Float32Array | Int32Array }>): TfGraph {
  const weights = new Map(Object.entries(constants).map(([name, c]) => [name, { dtype: c.values instanceof Int32Array ? "int32" as const : "float32" as const, shape: c.shape, values: c.values }]));
  const constNodes: TfNode[] = Object.entries(constants).map(([name, c]) => {
    const dtype = c.values instanceof Int32Array ? "DT_INT32" : "DT_FLOAT";
    return { name, op: "Const", input: [], attr: { dtype: { type: dtype }, value: { tensor: { dtype, tensorShape: { dim: c.shape.map((size) => ({ size })) } } } } };
  });
  return { format: "tfjs", producer: null, convertedBy: null, nodes: [...constNodes, ...nodes], weights, storedWeightBytes: 0 };
}
