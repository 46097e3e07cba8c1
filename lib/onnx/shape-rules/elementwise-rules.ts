// Ops whose output has the input's shape, or the broadcast of their inputs' shapes
// (ONNX docs/Broadcasting.md), including the quantize/dequantize family.
import { dataTypeName } from "../data-types";
import type { DataTypeName } from "../types";
import { broadcastShapes, facts, foldBinary, UNKNOWN, type RuleContext, type ShapeRule } from "./rule-kit";

const SAME_SHAPE_OPS = [
  "Relu", "LeakyRelu", "PRelu", "Clip", "Sigmoid", "Tanh", "HardSigmoid", "HardSwish", "Softmax",
  "LogSoftmax", "Hardmax", "LRN", "InstanceNormalization", "Elu", "Selu", "Celu", "Softplus",
  "Softsign", "Exp", "Log", "Sqrt", "Abs", "Erf", "Floor", "Ceil", "Round", "Reciprocal", "Sin",
  "Cos", "Mish", "Gelu", "FastGelu", "BiasGelu", "QuickGelu", "ThresholdedRelu", "Shrink", "Sign",
  "MeanVarianceNormalization", "LpNormalization", "CumSum", "Identity", "Neg",
] as const;

const sameShape: ShapeRule = (ctx) => {
  const x = ctx.input(0);
  if (!x) return [UNKNOWN];
  const value = ctx.node.op_type === "Identity" ? x.value : ctx.node.op_type === "Neg" ? x.value?.map((v) => -v) : undefined;
  return [facts(x.dtype, x.shape, value)];
};

const INTEGER_TYPES = new Set<DataTypeName>(["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]);

const FOLDS: Partial<Record<string, (a: number, b: number, isInt: boolean) => number>> = {
  Add: (a, b) => a + b,
  Sub: (a, b) => a - b,
  Mul: (a, b) => a * b,
  Div: (a, b, isInt) => (isInt ? Math.trunc(a / b) : a / b),
  Max: (a, b) => Math.max(a, b),
  Min: (a, b) => Math.min(a, b),
};

/** Variadic broadcasting ops; `dtypeOf` gives the output type. Small int constants fold. */
function broadcastRule(dtypeOf: (ctx: RuleContext) => DataTypeName | null, inputs?: number[]): ShapeRule {
  return (ctx) => {
    const indices = inputs ?? ctx.node.input.map((_, i) => i);
    const shape = broadcastShapes(indices.map((i) => ctx.shape(i)));
    const dtype = dtypeOf(ctx);
    const fold = FOLDS[ctx.node.op_type ?? ""];
    const isInt = dtype !== null && INTEGER_TYPES.has(dtype);
    const value = fold && indices.length === 2 ? foldBinary(ctx.value(0), ctx.value(1), (a, b) => fold(a, b, isInt)) : null;
    return [facts(dtype, shape, value)];
  };
}

const firstType = (ctx: RuleContext) => ctx.dtype(0);
const boolType = (): DataTypeName => "bool";

const quantizeLinear: ShapeRule = (ctx) => {
  const attrType = ctx.attrs.int("output_dtype", 0);
  const dtype = ctx.dtype(2) ?? (attrType ? dataTypeName(attrType) : "uint8");
  return [facts(dtype, ctx.shape(0))];
};

const dequantizeLinear: ShapeRule = (ctx) => [facts(ctx.dtype(1) ?? "float32", ctx.shape(0))];

// DynamicQuantizeLinear(x) → y (uint8, x's shape), y_scale (float32 scalar), y_zero_point (uint8 scalar).
const dynamicQuantizeLinear: ShapeRule = (ctx) => [facts("uint8", ctx.shape(0)), facts("float32", []), facts("uint8", [])];

const cast: ShapeRule = (ctx) => [facts(dataTypeName(ctx.attrs.int("to", 0)), ctx.shape(0), ctx.value(0))];

const castLike: ShapeRule = (ctx) => [facts(ctx.dtype(1), ctx.shape(0), ctx.value(0))];

// Dropout: output, then an optional mask of the same shape (bool since opset 7).
const dropout: ShapeRule = (ctx) => [facts(ctx.dtype(0), ctx.shape(0), ctx.input(0)?.value), facts("bool", ctx.shape(0))];

// BatchNormalization: Y like X; training-mode outputs (running mean/var) are [C].
const batchNormalization: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const channels = x && x.length > 1 ? [x[1]] : null;
  return [facts(ctx.dtype(0), x), facts(ctx.dtype(0), channels), facts(ctx.dtype(0), channels)];
};

// LayerNormalization: Y like X; Mean and InvStdDev keep dims before `axis`, 1 after.
const layerNormalization: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  if (!x) return [facts(ctx.dtype(0), null)];
  const axis = ctx.attrs.int("axis", -1);
  const start = axis < 0 ? axis + x.length : axis;
  const stats = x.map((dim, i) => (i < start ? dim : 1));
  return [facts(ctx.dtype(0), x), facts("float32", stats), facts("float32", stats)];
};

// com.microsoft QLinearAdd/QLinearMul(A, A_scale, A_zp, B, B_scale, B_zp, C_scale, C_zp).
const qlinearBinary = broadcastRule((ctx) => ctx.dtype(7) ?? ctx.dtype(0), [0, 3]);
// com.microsoft QLinearLeakyRelu/QLinearSigmoid(X, X_scale, X_zp, Y_scale, Y_zp).
const qlinearUnary: ShapeRule = (ctx) => [facts(ctx.dtype(4) ?? ctx.dtype(0), ctx.shape(0))];

export const ELEMENTWISE_RULES: Record<string, ShapeRule> = {
  ...Object.fromEntries(SAME_SHAPE_OPS.map((op) => [op, sameShape])),
  ...Object.fromEntries(
    ["Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "Mod", "BitShift", "BitwiseAnd", "BitwiseOr", "BitwiseXor"]
      .map((op) => [op, broadcastRule(firstType)]),
  ),
  ...Object.fromEntries(
    ["Equal", "Greater", "Less", "GreaterOrEqual", "LessOrEqual", "And", "Or", "Xor"].map((op) => [op, broadcastRule(boolType)]),
  ),
  Not: (ctx) => [facts("bool", ctx.shape(0))],
  IsNaN: (ctx) => [facts("bool", ctx.shape(0))],
  IsInf: (ctx) => [facts("bool", ctx.shape(0))],
  Where: broadcastRule((ctx) => ctx.dtype(1), [0, 1, 2]),
  QuantizeLinear: quantizeLinear,
  DequantizeLinear: dequantizeLinear,
  DynamicQuantizeLinear: dynamicQuantizeLinear,
  Cast: cast,
  CastLike: castLike,
  Dropout: dropout,
  BatchNormalization: batchNormalization,
  LayerNormalization: layerNormalization,
  QLinearAdd: qlinearBinary,
  QLinearMul: qlinearBinary,
  QLinearLeakyRelu: qlinearUnary,
  QLinearSigmoid: qlinearUnary,
};
