import type { InferenceSession } from "onnxruntime-node";
import type { PreprocessingSpec } from "@/lib/catalog";
import { loadLabels } from "./load-labels";
import { toTopK } from "./postprocess";
import { preprocessImage } from "./preprocess-image";
import { runInference } from "./run-inference";
import { getSession } from "./session-cache";
import type { ClassifierOutputKind, ClassScore } from "./types";

/** What the engine needs of a classifier: its file and how to feed and read it. */
export type ClassifierModel = {
  /** sha256 of the model file; keys the session cache. */
  digest: string;
  path: string;
  preprocessing: PreprocessingSpec;
  outputKind: ClassifierOutputKind;
  /** Default to the model's only input and first output. */
  inputName?: string;
  outputName?: string;
};

/** Measured on this process's CPU. */
export type EngineTimings = {
  decodeMs: number;
  preprocessMs: number;
  inferenceMs: number;
  postprocessMs: number;
  /** Wall time of the whole call, including a first call's session creation. */
  totalMs: number;
};

export type ClassifyImageResult = {
  top: ClassScore[];
  timings: EngineTimings;
  input: { format: string; width: number; height: number };
};

/**
 * The engine step of scoring (score-model-version.ts is the service around it): decode
 * and preprocess (sharp, on libuv's pool), run the model (onnxruntime's threads), softmax
 * and top-k. The event loop only runs the tensor pass and the top-k, each a single pass
 * over a typed array.
 */
export async function classifyImage(options: {
  image: Buffer;
  model: ClassifierModel;
  topK?: number;
  labelsDir?: string;
  maxPixels?: number;
  /** A session the caller owns (a conversion measuring a model once), instead of the process's cached one. */
  session?: InferenceSession;
}): Promise<ClassifyImageResult> {
  const { image, model, topK = 5 } = options;
  const started = performance.now();
  // Session and labels load while the image decodes; both are cached after the first call.
  const sessionLoading = options.session ? Promise.resolve(options.session) : getSession({ digest: model.digest, modelPath: model.path });
  const labelsLoading = loadLabels({ dir: options.labelsDir });
  // Neither may reject unobserved if preprocessing fails first.
  sessionLoading.catch(() => undefined);
  labelsLoading.catch(() => undefined);

  const { tensor, source, timings } = await preprocessImage({ input: image, spec: model.preprocessing, maxPixels: options.maxPixels });
  const session = await sessionLoading;
  const { output, inferenceMs } = await runInference({ session, tensor, inputName: model.inputName, outputName: model.outputName });
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
