import { AppError } from "@/lib/errors";
import { constantValue, normalizeAxis, requireInts } from "./constant-value";
import { NCHW_POSITION } from "./translate-reshape-ops";
import type { TranslateContext, Value } from "./types";

// ONNX Slice clamps out-of-range starts and ends: these stand for "to the end" either way.
const END = 2 ** 31 - 1;

/** Python-style slice length of a dim of size `size` (unknown stays -1). */
function sliceLength(size: number, start: number, end: number, step: number): number {
  if (size < 0) return -1;
  const clamp = (v: number, low: number, high: number) => Math.min(Math.max(v < 0 ? v + size : v, low), high);
  const [s, e] = step > 0 ? [clamp(start, 0, size), clamp(end, 0, size)] : [clamp(start, -1, size - 1), clamp(end, -1, size - 1)];
  return Math.max(0, Math.ceil((e - s) / step));
}

const bit = (mask: number | undefined, k: number) => ((mask ?? 0) >> k) & 1;

/** StridedSlice with begin/end/shrink masks (ellipsis and new-axis masks are refused), as ONNX Slice + Squeeze. */
export function translateStridedSlice({ node, inputs, builder }: TranslateContext): Value[] {
  const [begin, end, strides] = [1, 2, 3].map((k) => requireInts(node, inputs[k], "slice bounds"));
  const masks = Object.fromEntries(["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"].map((m) => [m, node.attr[m]?.i ?? 0]));
  if (masks.ellipsis_mask || masks.new_axis_mask) throw new AppError("unsupported_model", `StridedSlice "${node.name}" uses an ellipsis or new-axis mask, which the converter does not translate.`, { ops: ["StridedSlice"] });
  const x = builder.asTf(inputs[0]);
  const starts = begin.map((b, k) => (bit(masks.begin_mask, k) ? (strides[k] > 0 ? 0 : END) : b));
  const ends = end.map((e, k) => {
    if (bit(masks.shrink_axis_mask, k)) return starts[k] === -1 ? END : starts[k] + 1;
    return bit(masks.end_mask, k) ? (strides[k] > 0 ? END : -END) : e;
  });
  const axes = begin.map((_, k) => k);
  const shrink = axes.filter((k) => bit(masks.shrink_axis_mask, k));
  const sliced = x.shape.map((d, k) => (k < axes.length ? sliceLength(d, starts[k], ends[k], strides[k]) : d));
  const shape = sliced.filter((_, k) => !shrink.includes(k));
  if (x.constant && x.shape.length === 1) {
    const picked = Array.from({ length: sliced[0] }, (_, i) => x.constant![normalizeAxis(Math.min(starts[0], x.shape[0] - 1), x.shape[0]) + i * strides[0]]);
    return [constantValue(builder, node.name, x.dtype, shape, picked)];
  }
  let name = builder.op("Slice", [x.name, builder.int64s(`${node.name}/starts`, starts), builder.int64s(`${node.name}/ends`, ends), builder.int64s(`${node.name}/axes`, axes), builder.int64s(`${node.name}/steps`, strides)], shrink.length ? `${node.name}/slice` : node.name);
  if (shrink.length) name = builder.op("Squeeze", [name, builder.int64s(`${node.name}/shrink`, shrink)], node.name);
  return [{ name, shape, dtype: x.dtype, isNchw: false }];
}

/** Slice(begin, size): size −1 runs to the end of the dim. */
export function translateSlice({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asTf(inputs[0]);
  const begin = requireInts(node, inputs[1], "begin");
  const size = requireInts(node, inputs[2], "size");
  const ends = size.map((s, k) => (s === -1 ? END : begin[k] + s));
  const shape = x.shape.map((d, k) => (size[k] === -1 ? (d < 0 ? -1 : d - begin[k]) : size[k]));
  const name = builder.op("Slice", [x.name, builder.int64s(`${node.name}/starts`, begin), builder.int64s(`${node.name}/ends`, ends), builder.int64s(`${node.name}/axes`, begin.map((_, k) => k))], node.name);
  return [{ name, shape, dtype: x.dtype, isNchw: false }];
}

/** ConcatV2: the axis is the last input; 4-D NCHW parts concatenate on the remapped axis. */
export function translateConcat({ node, inputs, builder }: TranslateContext): Value[] {
  const parts = inputs.slice(0, -1);
  const rank = parts[0].shape.length;
  const axis = normalizeAxis(requireInts(node, inputs[inputs.length - 1], "axis")[0], rank);
  const shape = parts[0].shape.map((d, k) => (k !== axis ? d : parts.some((p) => p.shape[k] < 0) ? -1 : parts.reduce((s, p) => s + p.shape[k], 0)));
  if (parts.every((p) => p.constant)) return [constantValue(builder, node.name, parts[0].dtype, shape, parts.flatMap((p) => p.constant!))];
  if (rank === 4 && parts.every((p) => p.isNchw)) {
    return [{ name: builder.op("Concat", parts.map((p) => p.name), node.name, { axis: NCHW_POSITION[axis] }), shape, dtype: parts[0].dtype, isNchw: true }];
  }
  const tf = parts.map((p) => builder.asTf(p));
  return [{ name: builder.op("Concat", tf.map((p) => p.name), node.name, { axis }), shape, dtype: parts[0].dtype, isNchw: false }];
}

/** Pack: stack along a new axis (Unsqueeze each, then Concat); scalars of shape arithmetic fold. */
export function translatePack({ node, inputs, builder }: TranslateContext): Value[] {
  const rank = inputs[0].shape.length;
  const axis = normalizeAxis(node.attr.axis?.i ?? 0, rank + 1);
  const shape = [...inputs[0].shape.slice(0, axis), inputs.length, ...inputs[0].shape.slice(axis)];
  if (inputs.every((v) => v.constant) && rank === 0) return [constantValue(builder, node.name, inputs[0].dtype, shape, inputs.map((v) => v.constant![0]))];
  const axes = builder.int64s(`${node.name}/axes`, [axis]);
  const parts = inputs.map((v, k) => builder.op("Unsqueeze", [builder.asTf(v).name, axes], `${node.name}/part${k}`));
  return [{ name: builder.op("Concat", parts, node.name, { axis }), shape, dtype: inputs[0].dtype, isNchw: false }];
}

/** Unpack: Split into `num` along the axis, then Squeeze it away; output k is "name:k". */
export function translateUnpack({ node, inputs, builder }: TranslateContext): Value[] {
  const x = builder.asTf(inputs[0]);
  const axis = normalizeAxis(node.attr.axis?.i ?? 0, x.shape.length);
  const count = node.attr.num?.i ?? x.shape[axis];
  const pieces = Array.from({ length: count }, (_, k) => builder.fresh(`${node.name}/split${k}`));
  builder.add("Split", [x.name], pieces, { axis });
  const axes = builder.int64s(`${node.name}/axes`, [axis]);
  const shape = x.shape.filter((_, k) => k !== axis);
  return pieces.map((piece, k) => ({ name: builder.op("Squeeze", [piece, axes], k === 0 ? node.name : `${node.name}:${k}`), shape, dtype: x.dtype, isNchw: false }));
}

/** Split (axis first, num_split equal parts) and SplitV (value, sizes, axis). */
export function translateSplit({ node, inputs, builder }: TranslateContext): Value[] {
  const isV = node.op === "SplitV";
  const x = builder.asTf(isV ? inputs[0] : inputs[1]);
  const axis = normalizeAxis(requireInts(node, isV ? inputs[2] : inputs[0], "axis")[0], x.shape.length);
  const count = node.attr.num_split?.i ?? 1;
  let sizes = isV ? requireInts(node, inputs[1], "sizes") : Array(count).fill(x.shape[axis] / count);
  const free = sizes.indexOf(-1);
  if (free >= 0) sizes = sizes.map((s, k) => (k === free ? x.shape[axis] - sizes.reduce((a, b, j) => (j === free ? a : a + b), 0) : s));
  const pieces = sizes.map((_, k) => builder.fresh(k === 0 ? node.name : `${node.name}:${k}`));
  builder.add("Split", [x.name, builder.int64s(`${node.name}/sizes`, sizes)], pieces, { axis });
  return pieces.map((name, k) => ({ name, shape: x.shape.map((d, j) => (j === axis ? sizes[k] : d)), dtype: x.dtype, isNchw: false }));
}
