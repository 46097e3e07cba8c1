import { AppError } from "@/lib/errors";
import { attrInts, attrString, attrStrings } from "../attr-values";
import { sourceNode } from "../refusals";
import type { TfNode } from "../types";
import { alignOperand } from "./align-operand";
import { constantFloats, requireConstantFloats } from "./constant-data";
import { depthwiseToOihw, foldBatchNorm, hwioToOihw } from "./conv-weights";
import { samePadding, windowOutput } from "./same-padding";
import { applyActivation } from "./translate-activation";
import type { TranslateContext, Value } from "./types";

const BATCH_NORMS = new Set(["FusedBatchNorm", "FusedBatchNormV3"]);

/**
 * Conv2D, DepthwiseConv2dNative and TF.js's fused forms (_FusedConv2D,
 * FusedDepthwiseConv2dNative, whose `fused_ops` list BiasAdd / FusedBatchNorm and then an
 * activation, their operands following the filter as extra inputs) → one ONNX Conv in
 * NCHW plus the activation. A FusedBatchNorm that alone reads the conv folds into it.
 */
export function translateConv(context: TranslateContext & { claim: (node: TfNode, values: Value[]) => void }): Value[] {
  const { node, inputs, graph, builder } = context;
  if ((attrString(node, "data_format") ?? "NHWC") !== "NHWC") throw new AppError("unsupported_model", `Node "${node.name}" (${node.op}) is NCHW; only NHWC convolutions are translated.`, { ops: [node.op] });
  const isDepthwise = node.op.includes("Depthwise");
  const filter = requireConstantFloats(graph, node, node.input[1], "filter");
  const { values: weights0, dims } = isDepthwise ? depthwiseToOihw(filter.values, filter.shape) : hwioToOihw(filter.values, filter.shape);
  const outChannels = dims[0];
  let weights = weights0;
  let bias: Float32Array | null = null;
  const fused = attrStrings(node, "fused_ops");
  const args = node.input.slice(2).filter((i) => !i.startsWith("^"));
  let activation: string | undefined;
  let owner: TfNode = node;
  for (const step of fused) {
    if (step === "BiasAdd") bias = requireConstantFloats(graph, node, args[0], "bias").values;
    else if (BATCH_NORMS.has(step)) {
      const [gamma, beta, mean, variance] = args.slice(0, 4).map((a) => requireConstantFloats(graph, node, a, "batch-norm parameter").values);
      ({ weights, bias } = foldBatchNorm({ weights, bias, outChannels, gamma, beta, mean, variance, epsilon: node.attr.epsilon?.f ?? 1e-3 }));
    } else activation = step;
  }
  // A separate inference FusedBatchNorm reading only this conv folds in too.
  const readers = context.consumersOf(node.name);
  const isNormOfThis = (reader: TfNode) => BATCH_NORMS.has(reader.op) && !reader.attr.is_training?.b && sourceNode(reader.input[0]) === node.name;
  const norm = !activation && readers.length === 1 && isNormOfThis(readers[0]) ? readers[0] : undefined;
  const normParams = norm ? norm.input.slice(1, 5).map((i) => constantFloats(graph, i)) : [];
  if (norm && normParams.every((p) => p !== null)) {
    const [gamma, beta, mean, variance] = normParams as Float32Array[];
    ({ weights, bias } = foldBatchNorm({ weights, bias, outChannels, gamma, beta, mean, variance, epsilon: norm.attr.epsilon?.f ?? 1e-3 }));
    owner = norm;
  }

  const x = builder.asNchw(inputs[0]);
  const strides = attrInts(node, "strides") ?? [1, 1, 1, 1];
  const dilations = attrInts(node, "dilations") ?? [1, 1, 1, 1];
  const padding = attrString(node, "padding") ?? "VALID";
  if (padding !== "SAME" && padding !== "VALID") throw new AppError("unsupported_model", `Node "${node.name}" uses ${padding} padding; SAME and VALID are translated.`, { ops: [node.op] });
  const [n, h, w] = x.shape;
  const kernel = [dims[2], dims[3]];
  const attrs: Record<string, number[] | string | number> = { kernel_shape: kernel, strides: [strides[1], strides[2]], dilations: [dilations[1], dilations[2]], group: isDepthwise ? filter.shape[2] : 1 };
  // Explicit pads when the size is known; SAME_UPPER (the same rule) when it is not.
  if (h > 0 && w > 0) attrs.pads = samePadding({ padding, size: [h, w], kernel, strides: attrs.strides as number[], dilations: attrs.dilations as number[] });
  else attrs.auto_pad = padding === "SAME" ? "SAME_UPPER" : "VALID";
  const convInputs = [x.name, builder.initializer(`${node.name}/weights`, "float32", dims, weights)];
  if (bias) convInputs.push(builder.initializer(`${node.name}/bias`, "float32", [outChannels], bias));
  const out = (size: number, k: number) => windowOutput({ padding, input: size, kernel: kernel[k], stride: strides[k + 1], dilation: dilations[k + 1] });
  const shape = [n, out(h, 0), out(w, 1), outChannels];
  let value: Value = { name: builder.op("Conv", convInputs, activation ? `${node.name}/conv` : `${owner.name}__nchw`, attrs), shape, dtype: "float32", isNchw: true };
  if (activation) {
    const alpha = activation === "Prelu" ? alignOperand(builder, inputs[3] ?? inputs[inputs.length - 1]) : undefined;
    value = applyActivation({ builder, node, activation, value, alpha });
  }
  if (owner !== node) context.claim(owner, [value]);
  return [value];
}
