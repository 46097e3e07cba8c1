import { attrBool, attrInts, attrString } from "./attr-values";
import { shapeDims } from "./decode-tensor";
import { sourceNode } from "./refusals";
import { inferShapeMath } from "./infer-shape-math";
import type { TfGraph, TfNode } from "./types";

/** Dims as far as known: -1 for an unknown dim; null for an unknown rank. */
export type TfShape = number[] | null;

const SAME_AS_INPUT = new Set([
  "Identity", "Relu", "Relu6", "Elu", "Selu", "LeakyRelu", "Sigmoid", "Tanh", "Exp", "Log", "Neg", "Sqrt", "Rsqrt", "Square", "Softmax",
  "BiasAdd", "FusedBatchNorm", "FusedBatchNormV3", "Cast", "StopGradient", "Prelu",
]);
const BROADCAST = new Set(["Add", "AddV2", "AddN", "Sub", "Mul", "RealDiv", "Maximum", "Minimum", "SquaredDifference", "Pow"]);
const CONV = new Set(["Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative"]);

/**
 * Infers output shapes forward from the Placeholders (their batch dim, when unknown, set
 * to `batchSize`), NHWC only. Only output 0 of each node is tracked: the ops the MAC
 * count needs never read another output. Ops without a rule give an unknown shape, and
 * so does everything after them; the names of those ops come back in `unknownOps`.
 */
export function inferTfShapes(options: { graph: TfGraph; batchSize: number }): { shapes: Map<string, TfShape>; unknownOps: string[] } {
  const { graph, batchSize } = options;
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const shapes = new Map<string, TfShape>();
  const unknownOps = new Set<string>();
  const visiting = new Set<string>();
  const values = new Map<string, number[]>();
  const shapeOf = (input: string): TfShape => {
    if (input.startsWith("^")) return null;
    const name = sourceNode(input);
    const node = byName.get(name);
    // Output 0 only, but Unpack's outputs all have one shape.
    if (input !== name && !input.endsWith(":0") && node?.op !== "Unpack") return null;
    if (shapes.has(name)) return shapes.get(name)!;
    // A cycle is a TF1 while loop (NextIteration feeds Merge): its shapes are not static.
    if (!node || visiting.has(name)) return null;
    visiting.add(name);
    const shape = inferNode({ node, shapeOf, graph, batchSize, values });
    visiting.delete(name);
    if (shape === undefined) unknownOps.add(node.op);
    shapes.set(name, shape ?? null);
    return shape ?? null;
  };
  for (const node of graph.nodes) shapeOf(node.name);
  return { shapes, unknownOps: [...unknownOps].sort() };
}

/** undefined: the op has no rule here; null: it has one but the inputs are not known well enough. */
type InferContext = { node: TfNode; shapeOf: (input: string) => TfShape; graph: TfGraph; batchSize: number; values: Map<string, number[]> };

function inferNode({ node, shapeOf, graph, batchSize, values }: InferContext): TfShape | undefined {
  const inputs = node.input.filter((i) => !i.startsWith("^"));
  const first = () => shapeOf(inputs[0]);
  const constant = (input: string | undefined) => (input === undefined ? undefined : graph.weights.get(sourceNode(input)));
  // Shapes, axes and sizes: small integer constants (a weight is never a shape), or the
  // values shape arithmetic (Shape → StridedSlice → Pack) computed from known shapes.
  const constInts = (input: string | undefined) => {
    if (input === undefined) return undefined;
    if (values.has(sourceNode(input))) return values.get(sourceNode(input));
    const tensor = constant(input);
    if (!tensor || (tensor.dtype !== "int32" && tensor.dtype !== "int64") || tensor.values.length > 8) return undefined;
    return Array.from(tensor.values as ArrayLike<number | bigint>, Number);
  };
  const op = node.op;
  const shapeMath = inferShapeMath({ node, inputs, shapeOf, constInts, values });
  if (shapeMath !== undefined) return shapeMath;
  if (op === "Const") return graph.weights.get(node.name)?.shape ?? null;
  if (op === "Placeholder") {
    const dims = shapeDims(node.attr.shape?.shape);
    return dims && dims.length > 0 && dims[0] < 0 ? [batchSize, ...dims.slice(1)] : dims;
  }
  if (op === "TensorArrayGatherV3") {
    // The TF1 map loop gathers one element per image of the batch.
    const element = shapeDims(node.attr.element_shape?.shape);
    return element && !element.some((d) => d < 0) ? [batchSize, ...element] : null;
  }
  if (SAME_AS_INPUT.has(op)) return first();
  if (BROADCAST.has(op)) return broadcast(inputs.map(shapeOf));
  if (attrString(node, "data_format") === "NCHW") return null;
  if (CONV.has(op)) return convShape(node, first(), shapeOf(inputs[1]));
  if (op === "MaxPool" || op === "AvgPool") {
    const x = first();
    const k = attrInts(node, "ksize");
    return x && k ? spatial(node, x, [k[1], k[2]], x[3]) : null;
  }
  if (op === "MatMul" || op === "_FusedMatMul") {
    const a = first();
    const b = shapeOf(inputs[1]);
    if (!a || !b || a.length !== 2 || b.length !== 2) return null;
    return [attrBool(node, "transpose_a") ? a[1] : a[0], attrBool(node, "transpose_b") ? b[0] : b[1]];
  }
  if (op === "Mean" || op === "Max" || op === "Sum" || op === "Min" || op === "Prod") {
    const x = first();
    const axes = constInts(inputs[1]);
    if (!x || !axes) return null;
    const reduced = new Set(axes.map((a) => (a < 0 ? a + x.length : a)));
    const keep = attrBool(node, "keep_dims");
    return x.flatMap((d, k) => (reduced.has(k) ? (keep ? [1] : []) : [d]));
  }
  if (op === "Squeeze") {
    const x = first();
    if (!x) return null;
    const axes = (attrInts(node, "squeeze_dims") ?? attrInts(node, "axis") ?? []).map((a) => (a < 0 ? a + x.length : a));
    return x.filter((d, k) => (axes.length ? !axes.includes(k) : d !== 1));
  }
  if (op === "ExpandDims") {
    const x = first();
    const axis = constInts(inputs[1])?.[0];
    if (!x || axis === undefined) return null;
    const at = axis < 0 ? axis + x.length + 1 : axis;
    return [...x.slice(0, at), 1, ...x.slice(at)];
  }
  if (op === "Reshape") {
    const x = first();
    const target = constInts(inputs[1]);
    if (!target) return null;
    const free = target.indexOf(-1);
    if (free < 0) return target;
    const known = x && !x.some((d) => d < 0) ? x.reduce((a, b) => a * b, 1) : null;
    const rest = target.reduce((a, b, k) => (k === free ? a : a * b), 1);
    return target.map((d, k) => (k === free ? (known === null ? -1 : known / rest) : d));
  }
  if (op === "ConcatV2") {
    const parts = inputs.slice(0, -1).map(shapeOf);
    const axisValue = constInts(inputs[inputs.length - 1])?.[0];
    if (parts.some((p) => !p) || axisValue === undefined) return null;
    const rank = parts[0]!.length;
    const axis = axisValue < 0 ? axisValue + rank : axisValue;
    return parts[0]!.map((d, k) => (k === axis ? (parts.some((p) => p![k] < 0) ? -1 : parts.reduce((s, p) => s + p![k], 0)) : d));
  }
  return undefined;
}

function convShape(node: TfNode, x: TfShape, w: TfShape): TfShape {
  if (!x || !w || x.length !== 4 || w.length !== 4) return null;
  const channels = node.op.includes("Depthwise") ? x[3] * w[3] : w[3];
  return spatial(node, x, [w[0], w[1]], channels);
}

/** NHWC output of a windowed op: SAME rounds up (ceil(in / stride)), VALID drops the partial window. */
function spatial(node: TfNode, x: number[], kernel: [number, number], channels: number): TfShape {
  const strides = attrInts(node, "strides") ?? [1, 1, 1, 1];
  const dilations = attrInts(node, "dilations") ?? [1, 1, 1, 1];
  const padding = attrString(node, "padding") ?? "VALID";
  if (padding !== "SAME" && padding !== "VALID") return null;
  const out = (size: number, k: number, stride: number, dilation: number) => {
    if (size < 0) return -1;
    if (padding === "SAME") return Math.ceil(size / stride);
    return Math.floor((size - ((k - 1) * dilation + 1)) / stride) + 1;
  };
  return [x[0], out(x[1], kernel[0], strides[1], dilations[1]), out(x[2], kernel[1], strides[2], dilations[2]), channels];
}

// NumPy broadcasting, right-aligned; an unknown dim against a known one > 1 takes the known one.
function broadcast(shapes: TfShape[]): TfShape {
  if (shapes.some((s) => !s)) return null;
  const rank = Math.max(...shapes.map((s) => s!.length));
  return Array.from({ length: rank }, (_, k) => {
    const dims = shapes.map((s) => s![s!.length - rank + k] ?? 1);
    const known = dims.filter((d) => d > 1);
    if (known.length) return Math.max(...known);
    return dims.some((d) => d < 0) ? -1 : 1;
  });
}
