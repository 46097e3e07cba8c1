// Convolution and pooling. Output size per spatial axis, from the ONNX operator docs
// (onnx.ai/onnx/operators: Conv, MaxPool, AveragePool, ConvTranspose):
//   explicit pads: floor((in + pad_begin + pad_end − dilation·(k−1) − 1) / stride) + 1
//                  (ceil instead of floor when ceil_mode=1; a window that would start
//                  in the right padding is dropped, as the MaxPool doc says)
//   SAME_UPPER / SAME_LOWER: ceil(in / stride);  VALID: pads are 0.
import type { NodeAttributes } from "../node-attributes";
import type { InferredDim } from "../types";
import { facts, type RuleContext, type Shape, type ShapeRule } from "./rule-kit";

function windowOutput(spatial: InferredDim[], kernel: number[], attrs: NodeAttributes, ceilMode: boolean): InferredDim[] {
  const n = kernel.length;
  const strides = attrs.ints("strides") ?? Array(n).fill(1);
  const dilations = attrs.ints("dilations") ?? Array(n).fill(1);
  const pads = attrs.ints("pads") ?? Array(2 * n).fill(0);
  const autoPad = attrs.string("auto_pad", "NOTSET");
  const round = ceilMode ? Math.ceil : Math.floor;
  return kernel.map((k, i) => {
    const size = spatial[i];
    if (size === null || size === undefined) return null;
    const stride = strides[i] ?? 1;
    const extent = (dilations[i] ?? 1) * (k - 1) + 1;
    if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return Math.ceil(size / stride);
    const [begin, end] = autoPad === "VALID" ? [0, 0] : [pads[i] ?? 0, pads[i + n] ?? 0];
    let out = round((size + begin + end - extent) / stride) + 1;
    if (ceilMode && (out - 1) * stride >= size + begin) out -= 1;
    return out;
  });
}

// com.microsoft variants (QLinearConv, QLinearAveragePool, QLinearGlobalAveragePool)
// take channels_last=1 to mean NHWC activations in and out; the standard ops are NCHW.
function splitLayout(ctx: RuleContext, x: InferredDim[]) {
  const last = ctx.attrs.int("channels_last", 0) === 1;
  const spatial = last ? x.slice(1, -1) : x.slice(2);
  const channels = last ? x[x.length - 1] : x[1];
  const join = (c: InferredDim, dims: InferredDim[]) => (last ? [x[0], ...dims, c] : [x[0], c, ...dims]);
  return { spatial, channels, join };
}

/** Conv-like ops: X at xIndex [N, C, D1…], W at wIndex [M, C/group, k1…]. */
function convRule(xIndex: number, wIndex: number, dtypeOf: (ctx: RuleContext) => ReturnType<RuleContext["dtype"]>): ShapeRule {
  return (ctx) => {
    const x = ctx.shape(xIndex);
    const w = ctx.shape(wIndex);
    const dtype = dtypeOf(ctx);
    if (!x || x.length < 3) return [facts(dtype, null)];
    const { spatial, join } = splitLayout(ctx, x);
    const kernel = ctx.attrs.ints("kernel_shape") ?? (w && w.length === x.length ? w.slice(2) : null);
    const channels = w ? w[0] : null;
    if (!kernel || kernel.some((k) => k === null)) return [facts(dtype, join(channels, spatial.map(() => null)))];
    return [facts(dtype, join(channels, windowOutput(spatial, kernel as number[], ctx.attrs, false)))];
  };
}

const convTranspose: ShapeRule = (ctx) => {
  const x = ctx.shape(0);
  const w = ctx.shape(1);
  const dtype = ctx.dtype(0);
  if (!x || !w || x.length < 3) return [facts(dtype, null)];
  const n = x.length - 2;
  const group = ctx.attrs.int("group", 1);
  const channels = w[1] === null ? null : w[1] * group;
  const given = ctx.attrs.ints("output_shape");
  if (given && given.length >= n) return [facts(dtype, [x[0], channels, ...given.slice(-n)])];
  const kernel = ctx.attrs.ints("kernel_shape") ?? w.slice(2);
  const strides = ctx.attrs.ints("strides") ?? Array(n).fill(1);
  const dilations = ctx.attrs.ints("dilations") ?? Array(n).fill(1);
  const pads = ctx.attrs.ints("pads") ?? Array(2 * n).fill(0);
  const outputPadding = ctx.attrs.ints("output_padding") ?? Array(n).fill(0);
  const autoPad = ctx.attrs.string("auto_pad", "NOTSET");
  const spatial = x.slice(2).map((size, i) => {
    const k = kernel[i];
    if (size === null || k === null) return null;
    if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return size * strides[i];
    const [begin, end] = autoPad === "VALID" ? [0, 0] : [pads[i], pads[i + n]];
    return strides[i] * (size - 1) + outputPadding[i] + (dilations[i] * (k - 1) + 1) - begin - end;
  });
  return [facts(dtype, [x[0], channels, ...spatial])];
};

/** Windowed pools: X at 0, kernel_shape required; ceil_mode since MaxPool-10 / AveragePool-10. */
function poolRule(dtypeIndex: number, withIndices: boolean): ShapeRule {
  return (ctx) => {
    const x = ctx.shape(0);
    const dtype = ctx.dtype(dtypeIndex) ?? ctx.dtype(0);
    const kernel = ctx.attrs.ints("kernel_shape");
    let shape: Shape = null;
    if (x && kernel && x.length === kernel.length + 2) {
      const { spatial, channels, join } = splitLayout(ctx, x);
      const ceilMode = ctx.attrs.int("ceil_mode", 0) === 1;
      shape = join(channels, windowOutput(spatial, kernel, ctx.attrs, ceilMode));
    }
    return withIndices ? [facts(dtype, shape), facts("int64", shape)] : [facts(dtype, shape)];
  };
}

function globalPoolRule(dtypeIndex: number): ShapeRule {
  return (ctx) => {
    const x = ctx.shape(0);
    const dtype = ctx.dtype(dtypeIndex) ?? ctx.dtype(0);
    if (!x || x.length < 3) return [facts(dtype, null)];
    const { spatial, channels, join } = splitLayout(ctx, x);
    return [facts(dtype, join(channels, spatial.map(() => 1)))];
  };
}

const sameAsX = (ctx: RuleContext) => ctx.dtype(0);

export const CONV_POOL_RULES: Record<string, ShapeRule> = {
  Conv: convRule(0, 1, sameAsX),
  FusedConv: convRule(0, 1, sameAsX),
  // QLinearConv(x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, B): y takes y_zp's type.
  QLinearConv: convRule(0, 3, (ctx) => ctx.dtype(7) ?? ctx.dtype(0)),
  ConvInteger: convRule(0, 1, () => "int32"),
  ConvTranspose: convTranspose,
  MaxPool: poolRule(0, true),
  AveragePool: poolRule(0, false),
  LpPool: poolRule(0, false),
  // QLinearAveragePool(X, x_scale, x_zp, y_scale, y_zp), com.microsoft.
  QLinearAveragePool: poolRule(4, false),
  GlobalAveragePool: globalPoolRule(0),
  GlobalMaxPool: globalPoolRule(0),
  GlobalLpPool: globalPoolRule(0),
  QLinearGlobalAveragePool: globalPoolRule(4),
};
