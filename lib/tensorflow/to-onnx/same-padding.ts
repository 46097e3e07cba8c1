/**
 * Explicit ONNX pads [top, left, bottom, right] for TensorFlow's padding on an input of
 * `size` [H, W]. "SAME" makes the output ceil(in / stride) and pads the total it needs
 * with the odd pixel at the bottom/right (TensorFlow's "padding" guide, tf.nn.convolution),
 * which is ONNX's auto_pad SAME_UPPER; "VALID" pads nothing.
 */
export function samePadding(options: { padding: string; size: number[]; kernel: number[]; strides: number[]; dilations: number[] }): number[] {
  const { padding, size, kernel, strides, dilations } = options;
  if (padding !== "SAME") return [0, 0, 0, 0];
  const totals = size.map((input, k) => {
    const output = Math.ceil(input / strides[k]);
    const span = (kernel[k] - 1) * dilations[k] + 1;
    return Math.max((output - 1) * strides[k] + span - input, 0);
  });
  const before = totals.map((t) => Math.floor(t / 2));
  return [...before, ...totals.map((t, k) => t - before[k])];
}

/** Output size of a windowed op in TF terms (SAME: ceil(in / stride); VALID: whole windows only). */
export function windowOutput(options: { padding: string; input: number; kernel: number; stride: number; dilation: number }): number {
  const { padding, input, kernel, stride, dilation } = options;
  if (input < 0) return -1;
  if (padding === "SAME") return Math.ceil(input / stride);
  return Math.floor((input - ((kernel - 1) * dilation + 1)) / stride) + 1;
}
