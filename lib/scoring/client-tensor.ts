import type { InferenceSession } from "onnxruntime-node";
import { AppError } from "@/lib/errors";
import { toFloat16Bits } from "./float16";
import type { ImageTensor } from "./types";

/** A tensor a client preprocessed itself (TF Serving DT_FLOAT, KServe FP32), batch of one. */
export type ClientTensor = { data: Float32Array; dims: number[] };

/**
 * Checks a client's preprocessed tensor against the model's input — its shape must be the
 * input's, dimension for dimension, batch 1 — and converts it to the input's element type.
 * A mismatch is the client's mistake (validation_failed → 400 / INVALID_ARGUMENT), named.
 */
export function toModelTensor(options: { session: InferenceSession; inputName: string; tensor: ClientTensor }): ImageTensor {
  const { session, inputName, tensor } = options;
  const meta = session.inputMetadata.find((m) => m.name === inputName);
  if (!meta || !meta.isTensor) throw new AppError("unsupported_model", `The model has no tensor input named "${inputName}".`);
  const expected = meta.shape.map((dim, i) => (typeof dim === "number" && dim > 0 ? dim : i === 0 ? 1 : null));
  const shown = `[${expected.map((d) => d ?? "?").join(", ")}]`;
  if (tensor.dims.length !== expected.length || tensor.dims.some((dim, i) => expected[i] !== null && dim !== expected[i])) {
    throw new AppError("validation_failed", `The tensor has shape [${tensor.dims.join(", ")}]; this model takes ${shown} (batch 1).`, { shape: tensor.dims, expected: shown });
  }
  const count = tensor.dims.reduce((a, b) => a * b, 1);
  if (tensor.data.length !== count) {
    throw new AppError("validation_failed", `The tensor's shape [${tensor.dims.join(", ")}] holds ${count} values, but ${tensor.data.length} were sent.`);
  }
  if (meta.type === "float32") return { dtype: "float32", data: tensor.data, dims: tensor.dims };
  if (meta.type === "float16") return { dtype: "float16", data: Uint16Array.from(tensor.data, toFloat16Bits), dims: tensor.dims };
  throw new AppError("validation_failed", `This model takes ${meta.type} values; send the encoded image (BYTES / DT_STRING) instead of a float tensor.`);
}
