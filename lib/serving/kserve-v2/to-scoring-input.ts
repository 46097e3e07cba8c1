import { AppError } from "@/lib/errors";
import type { V2Input, V2ScoringInput } from "./types";

// A service scores one image per request (batch 1), so a v2 request carries exactly one
// input: BYTES holding the encoded image file, or FP32 holding a preprocessed tensor in
// the model's shape (KServe's and Triton's two ways to send an image).

export function toScoringInput(inputs: V2Input[]): V2ScoringInput {
  if (inputs.length !== 1) {
    throw new AppError("validation_failed", `This service takes one input (an image as BYTES, or a preprocessed FP32 tensor); the request has ${inputs.length}.`);
  }
  const [input] = inputs;
  const count = input.shape.reduce((a, b) => a * b, 1);
  if (input.datatype === "BYTES") {
    if (input.data.kind !== "bytes") throw new AppError("validation_failed", `Input "${input.name}" is BYTES but carries no bytes.`);
    const { elements } = input.data;
    if (elements.length !== count) {
      throw new AppError("validation_failed", `Input "${input.name}" has shape [${input.shape.join(", ")}] (${count} element(s)) but holds ${elements.length}.`);
    }
    if (elements.length !== 1) {
      throw new AppError("validation_failed", `Input "${input.name}" holds ${elements.length} images; this service scores one image per request (shape [1]).`);
    }
    if (elements[0].length === 0) throw new AppError("empty_file", `Input "${input.name}" holds an empty image: it cannot have 0 bytes.`);
    return { image: elements[0] };
  }
  if (input.datatype === "FP32") {
    if (input.data.kind !== "fp32") throw new AppError("validation_failed", `Input "${input.name}" is FP32 but carries no float values.`);
    if (input.data.values.length !== count) {
      throw new AppError("validation_failed", `Input "${input.name}" has shape [${input.shape.join(", ")}] (${count} values) but holds ${input.data.values.length}.`);
    }
    // The model's own check (lib/scoring/client-tensor.ts) names the shape it takes.
    return { tensor: { data: input.data.values, dims: input.shape } };
  }
  throw new AppError("validation_failed", `Input "${input.name}" has datatype ${input.datatype}; send BYTES (an encoded image) or FP32 (a preprocessed tensor).`, {
    datatype: input.datatype,
  });
}
