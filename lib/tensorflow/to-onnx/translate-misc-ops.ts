import { AppError } from "@/lib/errors";
import { attrBool, attrInts, attrString, attrStrings } from "../attr-values";
import { constantFloats } from "./constant-data";
import { normalizeAxis, requireInts } from "./constant-value";
import { samePadding, windowOutput } from "./same-padding";
import { applyActivation } from "./translate-activation";
import { keepsOrderWithout, NCHW_POSITION } from "./translate-reshape-ops";
import type { TranslateContext, Value } from "./types";

/** MaxPool / AvgPool (NHWC ksize and strides) in NCHW. AvgPool's SAME windows average only real pixels, as ONNX's count_include_pad = 0. */
export function translatePool({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asNchw(inputs[0]);
  const ksize = attrInts(node, "ksize") ?? [1, 1, 1, 1];
  const strides = attrInts(node, "strides") ?? [1, 1, 1, 1];
  const padding = attrString(node, "padding") ?? "VALID";
  const kernel = [ksize[1], ksize[2]];
  const step = [strides[1], strides[2]];
  const [n, h, w, c] = x.shape;
  const attrs: Record<string, number[] | string> = { kernel_shape: kernel, strides: step };
  if (h > 0 && w > 0) attrs.pads = samePadding({ padding, size: [h, w], kernel, strides: step, dilations: [1, 1] });
  else attrs.auto_pad = padding === "SAME" ? "SAME_UPPER" : "VALID";
  const out = (size: number, k: number) => windowOutput({ padding, input: size, kernel: kernel[k], stride: step[k], dilation: 1 });
  const name = builder.op(node.op === "MaxPool" ? "MaxPool" : "AveragePool", [x.name], `${node.name}__nchw`, attrs);
  return [{ name, shape: [n, out(h, 0), out(w, 1), c], dtype: x.dtype, isNchw: true }];
}

const REDUCTIONS: Record<string, string> = { Mean: "ReduceMean", Sum: "ReduceSum", Max: "ReduceMax", Min: "ReduceMin", Prod: "ReduceProd" };

/** Reductions over constant axes; an NCHW input reduces on the remapped axes when the kept dims stay in TF order. */
export function translateReduce({ node, inputs, builder }: TranslateContext): Value[] {
  const rank = inputs[0].shape.length;
  const axes = requireInts(node, inputs[1], "axes").map((a) => normalizeAxis(a, rank));
  const keep = attrBool(node, "keep_dims");
  const shape = inputs[0].shape.flatMap((d, k) => (axes.includes(k) ? (keep ? [1] : []) : [d]));
  const stayNchw = inputs[0].isNchw && (keep || keepsOrderWithout(axes));
  const x = stayNchw ? inputs[0] : builder.asTf(inputs[0]);
  const onnxAxes = stayNchw ? axes.map((a) => NCHW_POSITION[a]) : axes;
  const op = REDUCTIONS[node.op];
  // Opset 13: ReduceSum takes its axes as an input, the others as an attribute.
  const name = op === "ReduceSum"
    ? builder.op(op, [x.name, builder.int64s(`${node.name}/axes`, onnxAxes)], node.name, { keepdims: keep ? 1 : 0 })
    : builder.op(op, [x.name], node.name, { axes: onnxAxes, keepdims: keep ? 1 : 0 });
  return [{ name, shape, dtype: x.dtype, isNchw: stayNchw && keep }];
}

/** Softmax over the last TF axis (channels: axis 1 of an NCHW tensor). */
export function translateSoftmax({ node, inputs, builder }: TranslateContext): Value[] {
  const x = inputs[0];
  return [{ ...x, constant: undefined, data: undefined, name: builder.op(node.op === "LogSoftmax" ? "LogSoftmax" : "Softmax", [x.name], node.name, { axis: x.isNchw ? 1 : -1 }) }];
}

/** MatMul / _FusedMatMul (BiasAdd and an activation fused) as Gemm, honouring transpose_a/b. */
export function translateMatMul({ node, inputs, builder }: TranslateContext): Value[] {
  const [a, b] = [builder.asTf(inputs[0]), builder.asTf(inputs[1])];
  if (a.shape.length !== 2 || b.shape.length !== 2) throw new AppError("unsupported_model", `MatMul "${node.name}" is not 2-D; only 2-D MatMuls are translated.`, { ops: [node.op] });
  const [transA, transB] = [attrBool(node, "transpose_a"), attrBool(node, "transpose_b")];
  const fused = attrStrings(node, "fused_ops");
  const gemmInputs = [a.name, b.name];
  if (fused[0] === "BiasAdd") gemmInputs.push(inputs[2].name);
  else if (fused.length) throw new AppError("unsupported_model", `_FusedMatMul "${node.name}" fuses ${fused.join(", ")}; BiasAdd then an activation is translated.`, { ops: [`_FusedMatMul+${fused.join("+")}`] });
  const shape = [transA ? a.shape[1] : a.shape[0], transB ? b.shape[0] : b.shape[1]];
  const activation = fused[1];
  let value: Value = { name: builder.op("Gemm", gemmInputs, activation ? `${node.name}/gemm` : node.name, { transA: transA ? 1 : 0, transB: transB ? 1 : 0 }), shape, dtype: a.dtype, isNchw: false };
  if (activation) value = applyActivation({ builder, node, activation, value, alpha: inputs[3] });
  return [value];
}

/** A FusedBatchNorm no conv absorbed: inference BatchNormalization on NCHW data. */
export function translateBatchNorm({ node, inputs, builder, graph }: TranslateContext): Value[] {
  if (attrBool(node, "is_training") && node.input.slice(3, 5).some((i) => (constantFloats(graph, i)?.length ?? 0) === 0)) {
    throw new AppError("unsupported_model", `FusedBatchNorm "${node.name}" is in training mode (batch statistics); freeze the graph for inference.`, { ops: [node.op] });
  }
  if (inputs[0].shape.length !== 4) {
    throw new AppError("unsupported_model", `FusedBatchNorm "${node.name}" is not on a 4-D tensor.`, { ops: [node.op] });
  }
  const x = builder.asNchw(inputs[0]);
  const params = inputs.slice(1, 5).map((v) => v.name);
  const name = builder.op("BatchNormalization", [x.name, ...params], `${node.name}__nchw`, { epsilon: { float: node.attr.epsilon?.f ?? 1e-3 } });
  return [{ ...x, constant: undefined, data: undefined, name }];
}
