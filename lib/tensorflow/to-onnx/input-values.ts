import { AppError } from "@/lib/errors";
import { dataTypeCode } from "@/lib/onnx/data-types";
import type { DataTypeName } from "@/lib/onnx/types";
import { shapeDims } from "../decode-tensor";
import { tfDataTypeName } from "../data-types";
import type { TfGraph } from "../types";
import { onnxTensorName, type TensorRef } from "./tensor-names";
import type { Value } from "./types";

export type GraphInput = { name: string; dtype: DataTypeName; shape: (number | string)[] };

/** An open dim, as lib/onnx's declared shapes show one (the ONNX dim has neither value nor name). */
export const OPEN_DIM = "?";

/**
 * The graph inputs: a Placeholder declares its dtype and shape; an intermediate tensor
 * (the COCO SSD's TensorArrayGatherV3 cut point) its dtype and maybe an element shape.
 * Given inputShapes win. Only the batch may stay open; an intermediate tensor's batch is
 * set to 1 (a TF1 map loop gathers one element per image, and folding the shape
 * arithmetic after it needs a number).
 */
export function inputValues(options: { graph: TfGraph; refs: TensorRef[]; inputShapes?: Record<string, number[]> }): { values: Map<string, Value>; declared: GraphInput[] } {
  const { graph, refs, inputShapes = {} } = options;
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const values = new Map<string, Value>();
  const declared: GraphInput[] = [];
  for (const ref of refs) {
    const node = byName.get(ref.node)!;
    const given = inputShapes[ref.key] ?? inputShapes[`${ref.node}:${ref.index}`];
    const dtype = tfDataTypeName(node.attr.dtype?.type ?? node.attr.T?.type);
    let shape = given ?? shapeOf(node.op, node.attr.shape?.shape, node.attr.element_shape?.shape);
    if (shape && node.op !== "Placeholder" && !given && shape[0] < 0) shape = [1, ...shape.slice(1)];
    if (!shape || shape.slice(1).some((d) => d < 0) || dtype === "undefined") {
      throw new AppError("validation_failed", `The graph does not fix the ${dtype === "undefined" ? "type" : "shape"} of the input "${ref.key}"${shape ? ` (it reads [${shape.join(", ")}])` : ""}: give its shape in inputShapes, e.g. { "${ref.key}": [1, 300, 300, 3] }.`, { input: ref.key });
    }
    const name = onnxTensorName(ref);
    values.set(ref.key, { name, shape, dtype, isNchw: false });
    declared.push({ name, dtype, shape: shape.map((d) => (d < 0 ? OPEN_DIM : d)) });
  }
  return { values, declared };
}

function shapeOf(op: string, shape: Parameters<typeof shapeDims>[0], element: Parameters<typeof shapeDims>[0]): number[] | null {
  if (op === "Placeholder") return shapeDims(shape);
  const dims = shapeDims(element);
  // TensorArrayGatherV3 stacks elements along a new first axis.
  return dims && op.startsWith("TensorArrayGather") ? [-1, ...dims] : dims;
}

/** An ONNX ValueInfoProto for a declared tensor. */
export function valueInfo(io: GraphInput) {
  const dim = io.shape.map((d) => (typeof d === "number" ? { dim_value: d } : {}));
  return { name: io.name, type: { tensor_type: { elem_type: dataTypeCode(io.dtype), shape: { dim } } } };
}
