import { attrString } from "../attr-values";
import { alignOperand } from "./align-operand";
import { applyActivation } from "./translate-activation";
import type { TranslateContext, Value } from "./types";

const BINARY: Record<string, string> = { Add: "Add", AddV2: "Add", Sub: "Sub", Mul: "Mul", RealDiv: "Div", Div: "Div", Maximum: "Max", Minimum: "Min", Pow: "Pow", AddN: "Sum", BiasAdd: "Add" };
const UNARY: Record<string, string> = { Exp: "Exp", Log: "Log", Neg: "Neg", Sqrt: "Sqrt", Abs: "Abs", Floor: "Floor", Ceil: "Ceil", Reciprocal: "Reciprocal" };
const ACTIVATIONS = new Set(["Relu", "Relu6", "Elu", "Selu", "Sigmoid", "Tanh", "LeakyRelu"]);

export const ELEMENTWISE_OPS = [...Object.keys(BINARY), ...Object.keys(UNARY), ...ACTIVATIONS, "Rsqrt", "Square", "SquaredDifference", "Prelu"];

/**
 * Elementwise ops keep whatever layout their input has: a binary op on an NCHW tensor
 * brings its other operands to NCHW too (alignOperand), so conv → bias → Relu6 chains
 * never go back to NHWC. Outputs take the broadcast TF shape.
 */
export function translateElementwise(context: TranslateContext): Value[] {
  const { node, builder } = context;
  const op = node.op;
  let inputs = context.inputs;
  if (inputs.some((v) => v.isNchw)) {
    // An operand of rank > 4 cannot take NCHW's place: then all go back to TF layout.
    const fitsNchw = inputs.every((v) => v.shape.length <= 4);
    inputs = inputs.map((v) => (fitsNchw ? alignOperand(builder, v) : builder.asTf(v)));
  }
  // A BiasAdd in an NCHW-format TF graph adds its [C] bias along axis 1.
  if (op === "BiasAdd" && attrString(node, "data_format") === "NCHW") inputs = [inputs[0], reshapeChannelBias(context, inputs[1])];
  const shape = broadcastShape(context.inputs.map((v) => v.shape));
  const result = (name: string): Value[] => [{ name, shape, dtype: inputs[0].dtype, isNchw: inputs.some((v) => v.isNchw) }];
  if (BINARY[op]) return result(builder.op(BINARY[op], inputs.map((v) => v.name), node.name));
  if (UNARY[op]) return result(builder.op(UNARY[op], [inputs[0].name], node.name));
  if (op === "Rsqrt") return result(builder.op("Reciprocal", [builder.op("Sqrt", [inputs[0].name], `${node.name}/sqrt`)], node.name));
  if (op === "Square") return result(builder.op("Mul", [inputs[0].name, inputs[0].name], node.name));
  if (op === "SquaredDifference") {
    const difference = builder.op("Sub", [inputs[0].name, inputs[1].name], `${node.name}/sub`);
    return result(builder.op("Mul", [difference, difference], node.name));
  }
  if (op === "Prelu") return [applyActivation({ builder, node, activation: "Prelu", value: inputs[0], alpha: inputs[1] })];
  return [applyActivation({ builder, node, activation: op, value: inputs[0] })];
}

/** NCHW-format BiasAdd in TF adds a [C] bias along axis 1: as [C, 1, 1]. */
function reshapeChannelBias(context: TranslateContext, bias: Value): Value {
  const rank = context.inputs[0].shape.length;
  const dims = [bias.shape[0], ...Array(Math.max(rank - 2, 0)).fill(1)];
  return { ...bias, name: context.builder.op("Reshape", [bias.name, context.builder.int64s(`${bias.name}/shape`, dims)], `${bias.name}__channel`), shape: dims, data: undefined };
}

/** NumPy broadcasting, right-aligned; -1 (unknown) yields to a known dim. */
export function broadcastShape(shapes: number[][]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  return Array.from({ length: rank }, (_, k) => {
    const dims = shapes.map((s) => s[s.length - rank + k] ?? 1);
    const known = dims.filter((d) => d > 1);
    if (known.length) return Math.max(...known);
    return dims.some((d) => d < 0) ? -1 : 1;
  });
}
