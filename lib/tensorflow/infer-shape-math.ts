import type { TfShape } from "./infer-tf-shapes";
import type { TfNode } from "./types";

type ShapeMathContext = { node: TfNode; inputs: string[]; shapeOf: (input: string) => TfShape; constInts: (input: string | undefined) => number[] | undefined; values: Map<string, number[]> };

/**
 * The ops detection graphs use to compute shapes (Shape, StridedSlice, Pack) and to move
 * data about (Transpose, Slice, Unpack, Tile): small integer results are kept as values
 * so a Reshape fed by them knows its target. undefined: not one of these ops.
 */
export function inferShapeMath({ node, inputs, shapeOf, constInts, values }: ShapeMathContext): TfShape | undefined {
  const x = () => shapeOf(inputs[0]);
  const keep = (result: number[]) => {
    if (result.length <= 8 && !result.some((d) => d < 0)) values.set(node.name, result);
  };
  switch (node.op) {
    case "Shape": {
      const shape = x();
      if (shape) keep(shape);
      return shape ? [shape.length] : null;
    }
    case "StridedSlice": {
      // Only the 1-D, mask-free slicing of a shape vector that shape arithmetic does.
      const vector = constInts(inputs[0]);
      const [begin, end, strides] = [constInts(inputs[1]), constInts(inputs[2]), constInts(inputs[3])];
      const masks = ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask"].some((m) => (node.attr[m]?.i ?? 0) !== 0);
      if (!vector || !begin || !end || !strides || begin.length !== 1 || masks || strides[0] !== 1) return null;
      const picked = vector.slice(begin[0], end[0]);
      if ((node.attr.shrink_axis_mask?.i ?? 0) === 1) {
        keep(picked.slice(0, 1));
        return [];
      }
      keep(picked);
      return [picked.length];
    }
    case "Pack": {
      const parts = inputs.map((i) => constInts(i));
      if (parts.every((p) => p?.length === 1) && (node.attr.axis?.i ?? 0) === 0) keep(parts.map((p) => p![0]));
      const shape = shapeOf(inputs[0]);
      if (!shape) return null;
      const axis = node.attr.axis?.i ?? 0;
      const at = axis < 0 ? axis + shape.length + 1 : axis;
      return [...shape.slice(0, at), inputs.length, ...shape.slice(at)];
    }
    case "Unpack": {
      const shape = x();
      const axis = node.attr.axis?.i ?? 0;
      return shape ? shape.filter((_, k) => k !== (axis < 0 ? axis + shape.length : axis)) : null;
    }
    case "Transpose": {
      const shape = x();
      const perm = constInts(inputs[1]);
      return shape && perm && perm.length === shape.length ? perm.map((p) => shape[p]) : null;
    }
    case "Slice": {
      const shape = x();
      const [begin, size] = [constInts(inputs[1]), constInts(inputs[2])];
      if (!shape || !begin || !size) return null;
      return size.map((n, k) => (n === -1 ? (shape[k] < 0 ? -1 : shape[k] - begin[k]) : n));
    }
    case "Tile": {
      const shape = x();
      const multiples = constInts(inputs[1]);
      return shape && multiples ? shape.map((d, k) => (d < 0 ? -1 : d * multiples[k])) : null;
    }
    default:
      return undefined;
  }
}
