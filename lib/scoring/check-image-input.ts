import type { InferenceSession } from "onnxruntime-node";
import { AppError } from "@/lib/errors";
import type { ImageTensor } from "./types";

type CheckImageInputOptions = { session: InferenceSession; inputName: string; tensor: ImageTensor };

/**
 * Refuses, with a message naming the mismatch, a model whose input cannot take an image
 * tensor — a 4-D tensor with 3 channels, [N, 3, H, W] or [N, H, W, 3] — or whose fixed
 * dimensions or element type differ from what the preprocessing produced. Checked before
 * running so the user reads "not an image tensor" rather than an onnxruntime shape error.
 */
export function checkImageInput({ session, inputName, tensor }: CheckImageInputOptions): void {
  const meta = session.inputMetadata.find((m) => m.name === inputName);
  if (!meta) {
    throw unsupported(`The model has no input named "${inputName}" (its inputs: ${session.inputNames.join(", ")}).`);
  }
  if (session.inputNames.length !== 1) {
    throw unsupported(`The model takes ${session.inputNames.length} inputs (${session.inputNames.join(", ")}); an image classifier takes one image.`);
  }
  if (!meta.isTensor) throw unsupported(`The model's input "${inputName}" is not a tensor, so it cannot take an image.`);
  const shape = meta.shape;
  // An empty shape means the model does not declare one; onnxruntime checks at run time.
  if (shape.length > 0) {
    const isImage = shape.length === 4 && (shape[1] === 3 || shape[3] === 3);
    if (!isImage) {
      throw unsupported(
        `The model's input "${inputName}" has shape ${formatShape(shape)}, which is not an image tensor ([N, 3, H, W] or [N, H, W, 3]).`,
        { inputName, shape },
      );
    }
    const clash = shape.some((dim, i) => typeof dim === "number" && dim > 0 && dim !== tensor.dims[i]);
    if (clash) {
      throw unsupported(
        `The model's input "${inputName}" has shape ${formatShape(shape)}, but its preprocessing produces ${formatShape(tensor.dims)}.`,
        { inputName, shape, produced: tensor.dims },
      );
    }
  }
  if (meta.type !== tensor.dtype) {
    throw unsupported(`The model's input "${inputName}" takes ${meta.type} values, but its preprocessing produces ${tensor.dtype}.`);
  }
}

function formatShape(shape: readonly (number | string)[]): string {
  return `[${shape.join(", ")}]`;
}

function unsupported(message: string, details?: Record<string, unknown>): AppError {
  return new AppError("unsupported_model", message, details);
}
