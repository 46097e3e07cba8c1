import type { TensorProto } from "./types";

/**
 * A DT_FLOAT tensor with its values packed little-endian in tensor_content, the form
 * TensorFlow's make_ndarray reads fastest (PROTOCOLS.md).
 */
export function encodeFloatTensor(options: { values: ArrayLike<number>; dims: number[] }): TensorProto {
  const content = Buffer.allocUnsafe(options.values.length * 4);
  for (let i = 0; i < options.values.length; i++) content.writeFloatLE(options.values[i], i * 4);
  return { dtype: "DT_FLOAT", tensor_shape: { dim: options.dims.map((size) => ({ size })) }, tensor_content: content };
}
