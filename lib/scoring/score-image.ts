import type { PreprocessingSpec } from "@/lib/catalog";
import { loadLabels } from "./load-labels";
import { toTopK } from "./postprocess";
import { preprocessImage } from "./preprocess-image";
import { runInference } from "./run-inference";
import { getSession } from "./session-cache";
import type { ClassScore, OutputKind } from "./types";

export type ScoringModel = {
  /** sha256 of the model file; keys the session cache. */
  digest: string;
  path: string;
  preprocessing: PreprocessingSpec;
  outputKind: OutputKind;
  /** Default to the model's only input and first output. */
  inputName?: string;
  outputName?: string;
};

export type ScoreImageOptions = {
  input: Buffer;
  model: ScoringModel;
  topK?: number;
  labelsDir?: string;
  maxPixels?: number;
};

export type ScoreTimings = {
  decodeMs: number;
  preprocessMs: number;
  inferenceMs: number;
  postprocessMs: number;
  /** Wall time of the whole call, including a first call's session creation. */
  totalMs: number;
};

export type ScoreImageResult = {
  top: ClassScore[];
  timings: ScoreTimings;
  input: { format: string; width: number; height: number };
};

/**
 * Classifies one image: decode and preprocess (sharp, on libuv's pool), run the model
 * (onnxruntime's threads), softmax and top-k. The event loop only runs the tensor pass
 * and the top-k, each a single pass over a typed array.
 */
export async function scoreImage({ input, model, topK = 5, labelsDir, maxPixels }: ScoreImageOptions): Promise<ScoreImageResult> {
  const started = performance.now();
  // Session and labels load while the image decodes; both are cached after the first call.
  const sessionLoading = getSession({ digest: model.digest, modelPath: model.path });
  const labelsLoading = loadLabels({ dir: labelsDir });
  // Neither may reject unobserved if preprocessing fails first.
  sessionLoading.catch(() => undefined);
  labelsLoading.catch(() => undefined);

  const { tensor, source, timings } = await preprocessImage({ input, spec: model.preprocessing, maxPixels });
  const session = await sessionLoading;
  const { output, inferenceMs } = await runInference({
    session,
    tensor,
    inputName: model.inputName,
    outputName: model.outputName,
  });
  const labels = await labelsLoading;
  const postStarted = performance.now();
  const top = toTopK({ output, kind: model.outputKind, k: topK, labels });
  const finished = performance.now();
  return {
    top,
    timings: { ...timings, inferenceMs, postprocessMs: finished - postStarted, totalMs: finished - started },
    input: { format: source.format, width: source.width, height: source.height },
  };
}
