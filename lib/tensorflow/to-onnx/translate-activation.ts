import { AppError } from "@/lib/errors";
import type { TfNode } from "../types";
import type { OnnxBuilder } from "./onnx-builder";
import type { Value } from "./types";

/** Elementwise activations as ONNX ops; layout passes through. Relu6 is Clip(0, 6). */
export function applyActivation(options: { builder: OnnxBuilder; node: TfNode; activation: string; value: Value; alpha?: Value }): Value {
  const { builder, node, activation, value } = options;
  const base = node.name;
  const unary = (op: string, attrs = {}) => ({ ...value, constant: undefined, data: undefined, name: builder.op(op, [value.name], base, attrs) });
  switch (activation) {
    case "Relu": return unary("Relu");
    case "Relu6": return { ...value, constant: undefined, data: undefined, name: builder.op("Clip", [value.name, builder.float(`${base}/min`, 0), builder.float(`${base}/max`, 6)], base) };
    case "Elu": return unary("Elu");
    case "Selu": return unary("Selu");
    case "Sigmoid": return unary("Sigmoid");
    case "Tanh": return unary("Tanh");
    case "LeakyRelu": return unary("LeakyRelu", { alpha: { float: node.attr.alpha?.f ?? node.attr.leakyrelu_alpha?.f ?? 0.2 } });
    case "Prelu": {
      if (!options.alpha) throw new AppError("unsupported_model", `Node "${node.name}" applies Prelu without its alpha.`, { ops: [node.op] });
      return { ...value, constant: undefined, data: undefined, name: builder.op("PRelu", [value.name, options.alpha.name], base) };
    }
    default:
      throw new AppError("unsupported_model", `Node "${node.name}" (${node.op}) fuses the activation ${activation}, which the converter does not translate.`, { ops: [`${node.op}+${activation}`] });
  }
}
