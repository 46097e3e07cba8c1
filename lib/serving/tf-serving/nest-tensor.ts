/** Row-major values as the nested JSON arrays TF Serving's REST API writes; no dims is a scalar. */
export function nestTensor(values: ArrayLike<number>, dims: readonly number[]): unknown {
  if (dims.length === 0) return values[0];
  const build = (offset: number, axis: number): unknown[] => {
    const size = dims[axis];
    const stride = dims.slice(axis + 1).reduce((a, b) => a * b, 1);
    return Array.from({ length: size }, (_, i) => (axis === dims.length - 1 ? values[offset + i] : build(offset + i * stride, axis + 1)));
  };
  return build(0, 0);
}
