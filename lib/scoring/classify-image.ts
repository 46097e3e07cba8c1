import type { InferenceSession } from "onnxruntime-node";
import type { PreprocessingSpec } from "@/lib/catalog";
import { loadLabels } from "./load-labels";
import { AppError } from "@/lib/errors";
import { inferInBatch } from "./batch-inference";
import { toModelTensor, type ClientTensor } from "./client-tensor";
import { toProbabilities, topOf } from "./postprocess";
import { preprocessImage } from "./preprocess-image";
import { runInference } from "./run-inference";
import { getSession } from "./session-cache";
import type { BatchingOptions, ClassifierOutputKind, ClassScore, ImageTensor } from "./types";

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
  /** Waiting for a batch to form and run (dynamic batching); 0 unbatched. */
  queueMs: number;
  /** The one run this request took part in; with batching, the whole batch's run. */
  inferenceMs: number;
  postprocessMs: number;
  /** Wall time of the whole call, including a first call's session creation. */
  totalMs: number;
  /** Requests that run scored together: 1 unless the service batches (dynamic batching). */
  batchSize: number;
};

export type ClassifyImageResult = {
  top: ClassScore[];
  /** Every class's probability (softmax applied where the model gives logits), for protocols that return the whole vector. */
  probabilities: Float32Array | Float64Array;
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
  /** The encoded image; or, instead, `tensor`: values the client already preprocessed. */
  image?: Buffer;
  tensor?: ClientTensor;
  model: ClassifierModel;
  topK?: number;
  labelsDir?: string;
  maxPixels?: number;
  /** A session the caller owns (a conversion measuring a model once), instead of the process's cached one. */
  session?: InferenceSession;
  /** A service's dynamic batching; absent, the image runs alone. */
  batching?: BatchingOptions;
}): Promise<ClassifyImageResult> {
  const { model, topK = 5 } = options;
  const started = performance.now();
  // Session and labels load while the image decodes; both are cached after the first call.
  const sessionLoading = options.session ? Promise.resolve(options.session) : getSession({ digest: model.digest, modelPath: model.path });
  const labelsLoading = loadLabels({ dir: options.labelsDir });
  // Neither may reject unobserved if preprocessing fails first.
  sessionLoading.catch(() => undefined);
  labelsLoading.catch(() => undefined);

  const { prepared, inference } = await infer({ preparing: prepareInput({ ...options, sessionLoading }), model, batching: options.batching });
  const { source, timings } = prepared;
  const { output, inferenceMs, queueMs, batchSize } = inference;
  const labels = await labelsLoading;
  const postStarted = performance.now();
  const probabilities = toProbabilities({ output, kind: model.outputKind });
  const top = topOf({ probabilities, k: topK, labels });
  const finished = performance.now();
  return {
    top,
    probabilities,
    timings: { ...timings, queueMs, inferenceMs, postprocessMs: finished - postStarted, totalMs: finished - started, batchSize },
    input: { format: source.format, width: source.width, height: source.height },
  };
}

/**
 * The input prepared, then one run of the model for it: alone, or with a service's
 * batching in a batch with its other requests (batch-inference.ts, which counts this one
 * as on its way while it decodes).
 */
async function infer<P extends { tensor: ImageTensor; session: InferenceSession }>({ preparing, model, batching }: { preparing: Promise<P>; model: ClassifierModel; batching?: BatchingOptions }) {
  const io = { inputName: model.inputName, outputName: model.outputName };
  if (batching && batching.maxBatchSize > 1) return inferInBatch({ ...io, prepared: preparing, batching: { ...batching, key: `${batching.key}@${model.digest}` } });
  const prepared = await preparing;
  return { prepared, inference: { ...(await runInference({ ...io, session: prepared.session, tensor: prepared.tensor })), queueMs: 0, batchSize: 1 } };
}

/** The model's input: the image decoded and preprocessed, or the client's tensor checked against the model. */
async function prepareInput(options: { image?: Buffer; tensor?: ClientTensor; model: ClassifierModel; maxPixels?: number; sessionLoading: Promise<InferenceSession> }) {
  if (options.tensor) {
    const session = await options.sessionLoading;
    const tensor = toModelTensor({ session, inputName: options.model.inputName ?? session.inputNames[0], tensor: options.tensor });
    const [, , height = 0, width = 0] = options.tensor.dims;
    return { tensor, session, source: { format: "tensor", width, height }, timings: { decodeMs: 0, preprocessMs: 0 } };
  }
  if (!options.image) throw new AppError("empty_file", "Send an image or a tensor.");
  const { tensor, source, timings } = await preprocessImage({ input: options.image, spec: options.model.preprocessing, maxPixels: options.maxPixels });
  return { tensor, source, timings, session: await options.sessionLoading };
}
