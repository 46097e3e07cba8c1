// Filter layouts: TensorFlow's Conv2D filter is [H, W, in, out] (HWIO) and a depthwise
// filter [H, W, C, multiplier], output channel c·multiplier + m (tf.nn.depthwise_conv2d's
// documentation); ONNX Conv wants [out, in / group, H, W] (onnx Operators.md, Conv).

/** HWIO → OIHW. */
export function hwioToOihw(values: Float32Array, shape: number[]): { values: Float32Array; dims: number[] } {
  const [h, w, i, o] = shape;
  const out = new Float32Array(values.length);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < i; c++) for (let k = 0; k < o; k++) {
    out[((k * i + c) * h + y) * w + x] = values[((y * w + x) * i + c) * o + k];
  }
  return { values: out, dims: [o, i, h, w] };
}

/** [H, W, C, M] → [C·M, 1, H, W], for a Conv with group = C. */
export function depthwiseToOihw(values: Float32Array, shape: number[]): { values: Float32Array; dims: number[] } {
  const [h, w, c, m] = shape;
  const out = new Float32Array(values.length);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let ch = 0; ch < c; ch++) for (let k = 0; k < m; k++) {
    out[((ch * m + k) * h + y) * w + x] = values[((y * w + x) * c + ch) * m + k];
  }
  return { values: out, dims: [c * m, 1, h, w] };
}

/**
 * Folds an inference batch norm y = (x − mean)·gamma / sqrt(var + ε) + beta into the conv
 * before it: each output channel's filter scales by gamma / sqrt(var + ε), and the bias
 * becomes (bias − mean)·scale + beta. Works on OIHW weights (output channel first).
 */
export function foldBatchNorm(options: { weights: Float32Array; bias: Float32Array | null; outChannels: number; gamma: Float32Array; beta: Float32Array; mean: Float32Array; variance: Float32Array; epsilon: number }): { weights: Float32Array; bias: Float32Array } {
  const { weights, outChannels, gamma, beta, mean, variance, epsilon } = options;
  const perChannel = weights.length / outChannels;
  const folded = new Float32Array(weights.length);
  const bias = new Float32Array(outChannels);
  for (let o = 0; o < outChannels; o++) {
    const scale = gamma[o] / Math.sqrt(variance[o] + epsilon);
    for (let k = 0; k < perChannel; k++) folded[o * perChannel + k] = weights[o * perChannel + k] * scale;
    bias[o] = ((options.bias?.[o] ?? 0) - mean[o]) * scale + beta[o];
  }
  return { weights: folded, bias };
}
