// Response values for schemas.test.ts, built by the project's own pure DTO builders from
// plausible rows, so a schema is held to what the code really sends. Test-only.
import type { ModelPreprocessing } from "@/lib/catalog";
import { CATALOG } from "@/lib/catalog/catalog";
import { modelPreprocessingOf } from "@/lib/catalog/find-catalog-entry-by-digest";
import type { ConversionReport } from "@/lib/conversions";
import type { LogLine } from "@/lib/logs/types";
import { toConversionDto, type ConversionRow } from "@/lib/conversions/to-conversion-dto";
import { toLatencyBreakdown } from "@/lib/conversions/to-latency-breakdown";
import type { Model } from "@/lib/db";
import { DEVICE_PROFILE_IDS } from "@/lib/fpga/device-profiles";
import { buildResnet50Graph } from "@/lib/fpga/resnet50-graph.fixture";
import { simulateLatency } from "@/lib/fpga/simulate-latency";
import { toImageDto, type ImageRow } from "@/lib/images/to-image-dto";
import { toModelDto } from "@/lib/models/to-model-dto";
import { decodeOnnxModel } from "@/lib/onnx/decode-onnx-model";
import { makeTinyModel, node, valueInfo } from "@/lib/onnx/make-tiny-model";
import { summarizeOnnxModel } from "@/lib/onnx/summarize-graph";
import { toPullDto } from "@/lib/pulls/to-pull-dto";
import { topOf } from "@/lib/scoring/postprocess";
import { DEFAULT_DETECTION_OPTIONS, selectDetections } from "@/lib/detection/select-detections";
import { toSimulatedLatency, type ScoreResponse } from "@/lib/serving/score-response";

const CREATED = new Date("2025-03-01T10:00:00.000Z");
const FINISHED = new Date("2025-03-01T10:05:00.000Z");
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A model row as registration writes it: the graph summarised from a real (tiny) ONNX file. */
export function modelRow(options: { isConverted: boolean }): Model & { parent: Pick<Model, "name" | "version"> | null } {
  // The output declares no shape, so the summary holds `shape: null` as real files can.
  const file = makeTinyModel({ nodes: [node("Relu", ["x"], ["y"])], inputs: [valueInfo("x", ["N", 3, 4, 4])], outputs: [valueInfo("y", null)] });
  const { layers: _layers, inputs, outputs, ...graph } = summarizeOnnxModel(decodeOnnxModel(file));
  const preprocessing: ModelPreprocessing = modelPreprocessingOf(CATALOG[0]);
  return {
    id: uuid(options.isConverted ? 2 : 1),
    name: options.isConverted ? "tiny-accel" : "tiny",
    version: options.isConverted ? 3 : 1,
    framework: options.isConverted ? "accel_onnx" : "onnx",
    task: "classification",
    description: "",
    tags: options.isConverted ? { conversion: uuid(9), precision: "ms-fp9" } : {},
    digest: "ab".repeat(32),
    sizeBytes: 4_955_013n,
    fileName: "tiny.onnx",
    inputs,
    outputs,
    graph,
    catalogId: options.isConverted ? null : CATALOG[0].id,
    preprocessing: options.isConverted ? preprocessing : null,
    parentId: options.isConverted ? uuid(1) : null,
    parent: options.isConverted ? { name: "tiny", version: 1 } : null,
    azureSource: options.isConverted ? null : { workspaceId: uuid(7), subscriptionId: uuid(8), resourceGroup: "vision-rg", workspaceName: "vision-ws", name: "tiny", version: "1", assetId: `/subscriptions/${uuid(8)}/resourceGroups/vision-rg/providers/Microsoft.MachineLearningServices/workspaces/vision-ws/models/tiny/versions/1`, modelUri: "azureml://datastores/workspaceblobstore/paths/models/tiny.onnx", modelType: "custom_model", portalUrl: "https://ml.azure.com/model/tiny:1/details" },
    azureAssetKey: null,
    createdAt: CREATED,
    updatedAt: FINISHED,
  };
}

export const modelDtos = () => [toModelDto(modelRow({ isConverted: false })), toModelDto(modelRow({ isConverted: true }))];

export const logLines: LogLine[] = [
  { id: 41, at: CREATED.toISOString(), level: "info", message: "Queued" },
  { id: 57, at: FINISHED.toISOString(), level: "warn", message: "Cancelled while running" },
];

function latency(precision: "ms-fp9" | "fp16") {
  return toLatencyBreakdown(simulateLatency({ summary: buildResnet50Graph(), profile: "arria10-pb6", precision }));
}

export function conversionReport(): ConversionReport {
  const pick = { label: "tabby cat", index: 281, probability: 0.82 };
  return {
    precision: "ms-fp9",
    deviceProfile: "arria10-pb6",
    numerics: { blockSize: 1, exponentBits: 5, mantissaBits: 3, rounding: "nearest, ties to even", blockAxis: "the dot-product axis" },
    weights: { quantizedTensors: 54, keptTensors: 2, integerTensors: 0, quantizedParameters: 25_000_000, maxAbsError: 0.002, rmsError: 0.0001 },
    split: { npuOps: 120, hostOps: 2, hostOpTypes: ["Gemm"], hostTensors: ["fc.weight"], boundaryTensors: ["pool"], hostLayers: ["fc"] },
    calibration: {
      folder: "default",
      images: [{ image: "cat.jpg", expectedLabel: null, source: pick, converted: pick, top1Agrees: true, top5Overlap: 5, maxAbsDiff: 0.01, sourceInferenceMs: 12.5, convertedInferenceMs: 13.1 }],
      top1Agreement: 1,
      meanTop5Overlap: 5,
      maxAbsDiff: 0.01,
      expectedTop1: { kept: 0, of: 0 },
    },
    latency: { source: latency("fp16"), converted: latency("ms-fp9") },
    durationMs: 1234.5,
  };
}

/** A conversion row: Queued (nothing yet) or Succeeded (result and report). */
export function conversionRow(options: { isDone: boolean }): ConversionRow {
  return {
    id: uuid(9),
    sourceModelId: uuid(1),
    inputTensors: ["x"],
    outputTensors: ["y"],
    inputShapes: null,
    deviceProfile: "arria10-pb6",
    precision: "ms_fp9",
    blockSize: 1,
    resultName: "tiny-accel",
    calibrationImages: [],
    state: options.isDone ? "Succeeded" : "Queued",
    progress: options.isDone ? 1 : 0,
    resultModelId: options.isDone ? uuid(2) : null,
    accuracyReport: options.isDone ? conversionReport() : null,
    error: null,
    createdAt: CREATED,
    startedAt: options.isDone ? CREATED : null,
    finishedAt: options.isDone ? FINISHED : null,
    updatedAt: FINISHED,
    sourceModel: { name: "tiny", version: 1, framework: "onnx" },
    resultModel: options.isDone ? { name: "tiny-accel", version: 3 } : null,
  };
}

export const conversionDto = (options: { isDone: boolean; hasLog: boolean }) =>
  toConversionDto(conversionRow(options), options.hasLog ? logLines : undefined);

/** An image row: Queued (not built) or Succeeded (digest, size and location set). */
export function imageRow(options: { isBuilt: boolean }): ImageRow {
  return {
    id: uuid(20),
    name: "tiny-image",
    version: 1,
    modelId: uuid(2),
    state: options.isBuilt ? "Succeeded" : "Queued",
    progress: options.isBuilt ? 1 : 0,
    digest: options.isBuilt ? "cd".repeat(32) : null,
    archiveDigest: options.isBuilt ? "ef".repeat(32) : null,
    location: options.isBuilt ? "accel-studio/tiny-image:1" : null,
    registryReference: options.isBuilt ? `registry.example.com/tiny-image:1@sha256:${"cd".repeat(32)}` : null,
    sizeBytes: options.isBuilt ? 5_000_000n : null,
    error: null,
    createdAt: CREATED,
    startedAt: options.isBuilt ? CREATED : null,
    finishedAt: options.isBuilt ? FINISHED : null,
    model: { name: "tiny-accel", version: 3 },
    services: options.isBuilt ? [{ name: "tiny-svc" }] : [],
  };
}

export const imageDto = (options: { isBuilt: boolean; hasLog: boolean }) => toImageDto(imageRow(options), options.hasLog ? logLines : undefined);

/** A pull just queued, or one that registered its model. */
export function pullDto(options: { isDone: boolean }) {
  return toPullDto({
    id: uuid(30),
    catalogId: CATALOG[0].id,
    state: options.isDone ? "Succeeded" : "Queued",
    bytesDone: options.isDone ? BigInt(CATALOG[0].bytes) : 0n,
    bytesTotal: BigInt(CATALOG[0].bytes),
    source: options.isDone ? "https://example.org/model.onnx" : null,
    error: null,
    modelId: options.isDone ? uuid(1) : null,
    model: options.isDone ? { name: CATALOG[0].name, version: 1 } : null,
    createdAt: CREATED,
    updatedAt: FINISHED,
    finishedAt: options.isDone ? FINISHED : null,
  });
}

/** A score answer as the worker builds it (lib/scoring/score-model-version.ts). */
export function scoreResponse(): ScoreResponse {
  const top = topOf({ probabilities: Float32Array.from([0.1, 0.7, 0.2]), k: 2, labels: { names: ["cat", "dog"], source: null } });
  return {
    task: "classification",
    model: { name: "tiny", version: 1, digest: "ab".repeat(32) },
    top,
    input: { format: "jpeg", width: 640, height: 480 },
    preprocessing: { code: "P1", isAssumed: true },
    timings: { decodeMs: 1.2, preprocessMs: 2.3, queueMs: 0, inferenceMs: 10.4, postprocessMs: 0.1, totalMs: 14, batchSize: 1, receiveMs: 0.3, simulateMs: 0.02, serverMs: 14.5 },
    simulated: DEVICE_PROFILE_IDS.map((profile) => toSimulatedLatency(simulateLatency({ summary: buildResnet50Graph(), profile }))),
  };
}

/** A detector's score answer: boxes (selectDetections' own output), no classes. */
export function detectionScoreResponse(): ScoreResponse {
  const detections = selectDetections({
    outputs: { scores: Float32Array.from([0.9, 0.1, 0.2, 0.8]), boxes: Float32Array.from([0.1, 0.1, 0.5, 0.5, 0.5, 0.5, 0.9, 0.9]), classCount: 2 },
    image: { width: 640, height: 480 },
    labels: { "1": "person", "2": "bicycle" },
  });
  return { ...scoreResponse(), task: "detection", top: [], detections, detectionSettings: DEFAULT_DETECTION_OPTIONS, preprocessing: { code: "ssd-300", isAssumed: false } };
}
