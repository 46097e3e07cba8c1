import { Tensor, type InferenceSession } from "onnxruntime-node";
import { AppError } from "@/lib/errors";
import { checkImageInput } from "./check-image-input";
import { float16ToFloat32Array } from "./float16";
import type { ImageTensor } from "./types";

export type RunInferenceOptions = {
  session: InferenceSession;
  tensor: ImageTensor;
  /** Defaults to the model's (only) input. */
  inputName?: string;
  /** Defaults to the model's first output. */
  outputName?: string;
};

export type RunInferenceResult = {
  /** The output's values, widened to float32 when the model returns float16. */
  output: Float32Array;
  dims: number[];
  inferenceMs: number;
};

/** Runs one image tensor through a session; onnxruntime does the work on its own threads. */
export async function runInference({ session, tensor, inputName, outputName }: RunInferenceOptions): Promise<RunInferenceResult> {
  const input = inputName ?? session.inputNames[0];
  const output = outputName ?? session.outputNames[0];
  checkImageInput({ session, inputName: input, tensor });
  if (!session.outputNames.includes(output)) {
    throw new AppError("unsupported_model", `The model has no output named "${output}" (its outputs: ${session.outputNames.join(", ")}).`);
  }
  const feed = new Tensor(tensor.dtype, tensor.data, tensor.dims);
  const started = performance.now();
  const results = await session.run({ [input]: feed }, [output]);
  const inferenceMs = performance.now() - started;
  const value = results[output];
  return { output: toFloat32(value, output), dims: [...value.dims], inferenceMs };
}

function toFloat32(value: Tensor, name: string): Float32Array {
  switch (value.type) {
    case "float32":
      return value.data as Float32Array;
    case "float16":
      // Uint16Array bit patterns where Float16Array does not exist (Node 20), else Float16Array.
      return value.data instanceof Uint16Array ? float16ToFloat32Array(value.data) : Float32Array.from(value.data as ArrayLike<number>);
    case "float64":
      return Float32Array.from(value.data as Float64Array);
    default:
      throw new AppError("unsupported_model", `The model's output "${name}" holds ${value.type} values, not class scores.`);
  }
}
