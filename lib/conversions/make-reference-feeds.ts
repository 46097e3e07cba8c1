import { AppError } from "@/lib/errors";
import { mulberry32 } from "@/lib/math/mulberry32";

export type ReferenceTensor = { dtype: "float32" | "int32" | "uint8"; shape: number[]; data: Float32Array | Int32Array | Uint8Array };
export type ReferenceFeed = { name: string; tensors: ReferenceTensor[] };

// Checking a translation needs inputs both runtimes take; random ones exercise every
// weight, where one photo might leave a channel near zero. Seeded, so a conversion's
// report reads the same when run again.
const SEED = 0x7f4a7c15;

/**
 * Seeded random inputs for the translated graph's inputs: uniform over 0…255 for a graph
 * fed raw pixel values (uint8, or float the graph scales itself), else over 0…1, the
 * range of an image a preprocessing step has scaled. An open batch dimension is 1.
 */
export function makeReferenceFeeds(options: { inputs: { name: string; dtype: string; shape: (number | string)[] }[]; isPixelRange: boolean; samples: number }): ReferenceFeed[] {
  const random = mulberry32(SEED);
  const feeds: ReferenceFeed[] = [];
  for (let sample = 0; sample < options.samples; sample++) {
    feeds.push({ name: `random-${sample + 1}`, tensors: options.inputs.map((input) => randomTensor(input, options.isPixelRange, random)) });
  }
  return feeds;
}

function randomTensor(input: { name: string; dtype: string; shape: (number | string)[] }, isPixelRange: boolean, random: () => number): ReferenceTensor {
  const shape = input.shape.map((d, axis) => (typeof d === "number" && d > 0 ? d : axis === 0 ? 1 : NaN));
  if (shape.some(Number.isNaN)) {
    throw new AppError("validation_failed", `The input ${input.name} has an open dimension besides the batch (${input.shape.join("×")}); give its shape in inputShapes.`, { tensor: input.name });
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (input.dtype === "uint8") return { dtype: "uint8", shape, data: Uint8Array.from({ length: size }, () => Math.floor(random() * 256)) };
  if (input.dtype === "int32") return { dtype: "int32", shape, data: Int32Array.from({ length: size }, () => Math.floor(random() * 256)) };
  if (input.dtype !== "float32") throw new AppError("unsupported_model", `The input ${input.name} is ${input.dtype}; the translation check feeds float32, int32 or uint8 inputs.`, { tensor: input.name });
  const span = isPixelRange ? 255 : 1;
  return { dtype: "float32", shape, data: Float32Array.from({ length: size }, () => random() * span) };
}
