import type { OnnxBuilder } from "./onnx-builder";
import type { Value } from "./types";

/**
 * An operand of a broadcasting op made fit to combine with NCHW tensors. TF broadcasts
 * right-aligned against NHWC, so a [C] bias or a [W, C] tensor has to become
 * [C, 1, 1] / [1, C, 1, W]: pad to rank 4 with leading ones, then transpose to NCHW.
 * A single element broadcasts the same either way.
 */
export function alignOperand(builder: OnnxBuilder, value: Value): Value {
  if (value.isNchw) return value;
  const count = value.shape.reduce((a, b) => a * b, 1);
  if (count === 1 && value.shape.every((d) => d === 1)) return value;
  const padded = [...Array(4 - value.shape.length).fill(1), ...value.shape];
  if (value.data && value.dtype === "float32") {
    const [n, h, w, c] = padded;
    const out = new Float32Array(value.data.length);
    for (let b = 0; b < n; b++) for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let k = 0; k < c; k++) {
      out[((b * c + k) * h + y) * w + x] = value.data[((b * h + y) * w + x) * c + k];
    }
    return { ...value, name: builder.initializer(`${value.name}__nchw`, "float32", [n, c, h, w], out), shape: padded, isNchw: true, data: undefined };
  }
  if (value.shape.length === 4) return builder.asNchw(value);
  const reshaped = builder.op("Reshape", [value.name, builder.int64s(`${value.name}/rank4`, padded)], `${value.name}__rank4`);
  return builder.asNchw({ ...value, name: reshaped, shape: padded, constant: undefined, data: undefined });
}
