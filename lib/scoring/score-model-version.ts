import type { DetectionOptions } from "@/lib/detection/select-detections";
import type { DeviceProfileId } from "@/lib/fpga";
import { DEVICE_PROFILE_IDS } from "@/lib/fpga";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { runInInferenceThread } from "@/lib/threads/run-in-inference-thread";
import type { ScoreResponse } from "@/lib/serving/score-response";
import type { ClassifierModel } from "./classify-image";
import type { ClientTensor } from "./client-tensor";
import { getModelSummary } from "./get-model-summary";
import { resolveModelVersion, type ResolvedModelVersion } from "./resolve-model-version";
import { simulateModel, type SimulationSetup } from "./simulate-model";
import type { BatchingOptions, ClassifierOutputKind } from "./types";

export type ScoreModelVersionOptions = {
  name: string;
  /** A version number, or "latest"/undefined for the newest. */
  version?: string | number;
  /** The encoded image; or, instead, `tensor`: values a client preprocessed (TF Serving DT_FLOAT, KServe FP32). */
  image?: Buffer;
  tensor?: ClientTensor;
  topK?: number;
  /** The simulated devices to report; all profiles when omitted. */
  profiles?: readonly DeviceProfileId[];
  /** performance.now() when the request arrived, so reading it counts; defaults to this call. */
  receivedAt?: number;
  /** How a service deploys the model (precision, head on the host, FPGAs per replica). */
  simulation?: SimulationSetup;
  /**
   * A service's dynamic batching of the CPU inference. The simulated FPGA latency stays
   * that of one image: the FPGA design runs batch 1, so batching is a CPU-path matter.
   */
  batching?: BatchingOptions;
  /** A detector's threshold, suppression and limit for this request; the defaults fill the rest. A classifier ignores them. */
  detection?: Partial<DetectionOptions>;
};

/**
 * Scores one image with a registered model version: the one scoring service, called by
 * the worker's scoring host (and every protocol adapter after it), the benches and the
 * tests. Measured CPU timings come from the engine (in the inference thread); the FPGA's latency is computed by the
 * NPU model (lib/fpga), never measured and never waited for.
 */
export async function scoreModelVersion(options: ScoreModelVersionOptions): Promise<ScoreResponse> {
  return (await scoreModelVersionWithProbabilities(options)).response;
}

/** scoreModelVersion, plus every class's probability, for protocols that return the whole vector (TF Serving, KServe). */
export async function scoreModelVersionWithProbabilities(options: ScoreModelVersionOptions): Promise<{ response: ScoreResponse; probabilities: Float32Array | Float64Array }> {
  const receivedAt = options.receivedAt ?? performance.now();
  const model = await resolveModelVersion({ name: options.name, version: options.version });
  const receiveMs = performance.now() - receivedAt;
  if (!options.tensor && !options.image?.length) throw new AppError("empty_file", "The request carried no image. Send the image bytes as the body.");
  if (model.task === "detection") return { response: await detect(model, options, { receivedAt, receiveMs }), probabilities: NO_PROBABILITIES };
  // The engine runs in the inference thread (lib/threads/inference-thread.ts says why).
  const classifier = await toClassifierModel(model);
  const result = await runInInferenceThread("classify", { image: options.image, tensor: options.tensor, model: classifier, topK: options.topK, labelsDir: env().LABELS_DIR, batching: options.batching });
  const { simulated, simulateMs, finished } = await simulate(model, options);
  const response: ScoreResponse = {
    task: "classification",
    model: { name: model.name, version: model.version, digest: model.digest },
    top: result.top,
    input: result.input,
    preprocessing: { code: model.preprocessing.code, isAssumed: model.isPreprocessingAssumed },
    timings: { ...result.timings, receiveMs: round(receiveMs), simulateMs, serverMs: round(finished - receivedAt) },
    simulated,
  };
  return { response, probabilities: result.probabilities };
}

// A detector has no class vector: the protocols that return one (TF Serving, KServe) get none.
const NO_PROBABILITIES = new Float32Array(0);

/** A detector's score: boxes instead of classes, the same timings and simulated latency. */
async function detect(model: ResolvedModelVersion, options: ScoreModelVersionOptions, at: { receivedAt: number; receiveMs: number }): Promise<ScoreResponse> {
  if (!options.image?.length) throw new AppError("unsupported_model", `${model.name}:${model.version} is a detector: send the image itself, not a preprocessed tensor.`);
  // Unbatched even for a batching service: detect-objects.ts says why.
  const result = await runInInferenceThread("detect", { image: options.image, model: { digest: model.digest, path: model.path, preprocessing: model.preprocessing }, settings: options.detection, labelsDir: env().LABELS_DIR });
  const { simulated, simulateMs, finished } = await simulate(model, options);
  return {
    task: "detection",
    model: { name: model.name, version: model.version, digest: model.digest },
    top: [],
    detections: result.detections,
    detectionSettings: result.settings,
    input: result.input,
    preprocessing: { code: model.preprocessing.code, isAssumed: model.isPreprocessingAssumed },
    timings: { ...result.timings, receiveMs: round(at.receiveMs), simulateMs, serverMs: round(finished - at.receivedAt) },
    simulated,
  };
}

async function simulate(model: ResolvedModelVersion, options: ScoreModelVersionOptions) {
  const started = performance.now();
  const profiles = options.profiles ?? DEVICE_PROFILE_IDS;
  const simulated = await Promise.all(profiles.map((profile) => simulateModel({ digest: model.digest, path: model.path, profile, setup: options.simulation, isDetector: model.task === "detection" })));
  const finished = performance.now();
  return { simulated, simulateMs: round(finished - started), finished };
}

/** What the engine needs of a resolved version: its output kind, read from the graph when the model does not say. */
export async function toClassifierModel(model: ResolvedModelVersion): Promise<ClassifierModel> {
  return { ...model, outputKind: model.outputKind === "detections" ? "logits" : (model.outputKind ?? (await guessOutputKind(model))) };
}

/** A model of unknown origin: probabilities if its output comes out of a Softmax, else logits. */
async function guessOutputKind(model: ResolvedModelVersion): Promise<ClassifierOutputKind> {
  const summary = await getModelSummary(model);
  const output = summary.outputs[0]?.name;
  const producer = summary.layers.find((layer) => layer.outputs.includes(output));
  return producer?.opType === "Softmax" ? "probabilities" : "logits";
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
