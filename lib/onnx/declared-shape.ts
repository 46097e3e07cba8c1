import { dataTypeName } from "./data-types";
import type { OnnxValueInfo } from "./model-proto-types";
import type { InferredDim, TensorInfo, ValueFacts } from "./types";

// Names exporters give the batch dim ("batch_size" from torch.onnx examples, "N",
// "batch"); a symbolic first dim of a graph input counts as batch too. Generic names
// such as tf2onnx's "unk__123" are used for every unknown dim, so they only count at
// axis 0 of an input.
const BATCH_NAMES = /^(n|b|batch|batch_?size|bs)$/i;

/** The declared type of a value as TensorInfo (symbolic dims kept as strings, "?" if anonymous). */
export function toTensorInfo(info: OnnxValueInfo): TensorInfo {
  const tensorType = info.type?.tensor_type ?? info.type?.sparse_tensor_type;
  const shape = tensorType?.shape
    ? tensorType.shape.dim.map((d) => d.dim_value ?? (d.dim_param || "?"))
    : null;
  return { name: info.name ?? "", dtype: dataTypeName(tensorType?.elem_type), shape };
}

/**
 * A declared type as inference facts at a batch size: the first dim of a graph input,
 * when symbolic or anonymous, and any dim named like a batch, take `batchSize`; any
 * other symbolic dim stays unknown (null).
 */
export function declaredFacts(info: OnnxValueInfo, batchSize: number, isGraphInput: boolean): ValueFacts {
  const { dtype, shape } = toTensorInfo(info);
  const dims = shape?.map((dim, axis): InferredDim => {
    if (typeof dim === "number") return dim;
    if (BATCH_NAMES.test(dim) || (isGraphInput && axis === 0)) return batchSize;
    return null;
  });
  return { dtype: dtype === "undefined" ? null : dtype, shape: dims ?? null };
}

/**
 * Whether a declared input shape lets its first (batch) dimension vary: a symbolic name
 * ("batch_size", "N", tf2onnx's "unk__12"), an anonymous dim ("?"), -1 or 0 as some
 * exporters write "unknown", or no declared shape at all. Only a positive number fixes
 * it, as SqueezeNet 1.1's [1, 3, 224, 224] does.
 */
export function hasDynamicBatch(shape: readonly (number | string)[] | null | undefined): boolean {
  const first = shape?.[0];
  return typeof first !== "number" || first < 1;
}
