import { AppError } from "@/lib/errors";
import type { ClientTensor } from "@/lib/scoring/client-tensor";
import type { TensorProto } from "./types";

/** What one scoring input is: an encoded image, or values the client preprocessed. */
export type ScoringInput = { image: Buffer; tensor?: undefined } | { tensor: ClientTensor; image?: undefined };

/**
 * Reads the one input tensor of a Predict. Azure's clients send DT_STRING of shape [1]
 * holding the JPEG/PNG file; a client that preprocessed itself sends DT_FLOAT, in
 * tensor_content (packed little-endian) or float_val — both forms are read, as
 * TensorFlow's make_ndarray does (PROTOCOLS.md). Anything else is the client's mistake
 * (validation_failed → INVALID_ARGUMENT, which Azure's clients do not retry).
 */
export function decodeTensor(options: { name: string; tensor: TensorProto }): ScoringInput {
  const { name, tensor } = options;
  const dims = (tensor.tensor_shape?.dim ?? []).map((d) => Number(d.size));
  if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) throw invalid(`Input "${name}" has an unknown or negative dimension in its shape [${dims.join(", ")}].`);
  if (tensor.dtype === "DT_STRING") return { image: decodeImage(name, dims, tensor.string_val ?? []) };
  if (tensor.dtype === "DT_FLOAT") return { tensor: { data: decodeFloats(name, dims, tensor), dims } };
  throw invalid(`Input "${name}" is ${String(tensor.dtype)}; send DT_STRING (the encoded image, shape [1]) or DT_FLOAT (a preprocessed tensor).`, { dtype: tensor.dtype });
}

function decodeImage(name: string, dims: number[], values: Buffer[]): Buffer {
  // A scalar ([]) is one image too; TF Serving clients built with make_tensor_proto(bytes) send it.
  const count = dims.reduce((a, b) => a * b, 1);
  if (dims.length > 1 || count !== 1) throw invalid(`Input "${name}" has shape [${dims.join(", ")}]; this service scores one image at a time: send shape [1].`, { shape: dims });
  if (values.length === 0) throw invalid(`Input "${name}" carries no image: its string_val is empty.`);
  if (values.length > 1) throw invalid(`Input "${name}" carries ${values.length} images; this service scores one image at a time (batch of one).`);
  if (values[0].length === 0) throw new AppError("invalid_image", `Input "${name}" holds an empty string, not an image.`);
  return values[0];
}

function decodeFloats(name: string, dims: number[], tensor: TensorProto): Float32Array {
  const count = dims.reduce((a, b) => a * b, 1);
  const content = tensor.tensor_content ?? Buffer.alloc(0);
  if (content.length > 0) {
    if (content.length !== count * 4) throw invalid(`Input "${name}" has shape [${dims.join(", ")}] (${count} floats, ${count * 4} bytes) but tensor_content holds ${content.length} bytes.`);
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = content.readFloatLE(i * 4);
    return data;
  }
  const values = tensor.float_val ?? [];
  if (values.length !== count) throw invalid(`Input "${name}" has shape [${dims.join(", ")}] (${count} floats) but float_val holds ${values.length}.`);
  return Float32Array.from(values);
}

function invalid(message: string, details?: Record<string, unknown>) {
  return new AppError("validation_failed", message, details);
}
