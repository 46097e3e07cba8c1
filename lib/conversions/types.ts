// The conversion resource as the API returns it. Types only: safe to import from the browser.
import type { LogLine } from "@/lib/logs/types";

export type ConversionState = "Queued" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "TimedOut";
export type ConversionPrecision = "ms-fp8" | "ms-fp9" | "fp16" | "fp32";

/** The latency the simulated NPU gives one image, split as the studio draws it (ms). */
export type LatencyBreakdown = {
  totalMs: number;
  transferInMs: number;
  deviceMs: number;
  /** Extra time weights streaming from the board's DDR cost beyond compute. */
  weightStreamMs: number;
  hostMs: number;
  transferOutMs: number;
  partitionHandoffMs: number;
  fpgas: number;
  weightPlacement: "pinned" | "streamed" | "partitioned";
  weightBytes: number;
  streamedWeightBytes: number;
  utilization: number;
};

export type CalibrationImageResult = {
  image: string;
  /** From expected.json when the image is listed there. */
  expectedLabel: string | null;
  source: { label: string; index: number; probability: number };
  converted: { label: string; index: number; probability: number };
  top1Agrees: boolean;
  /** How many of the source's top-5 classes are in the converted model's top-5 (0..5). */
  top5Overlap: number;
  maxAbsDiff: number;
  /** Measured CPU inference time of each model on this image. */
  sourceInferenceMs: number;
  convertedInferenceMs: number;
};

export type ConversionReport = {
  precision: ConversionPrecision;
  deviceProfile: string;
  numerics: { blockSize: number; exponentBits: number; mantissaBits: number | null; rounding: string; blockAxis: string };
  weights: {
    quantizedTensors: number;
    keptTensors: number;
    /** Integer (QLinear) weights are kept as they are. */
    integerTensors: number;
    quantizedParameters: number;
    maxAbsError: number;
    rmsError: number;
  };
  split: { npuOps: number; hostOps: number; hostOpTypes: string[]; hostTensors: string[]; boundaryTensors: string[]; /** Layers run on the host (the classifier head and ops the NPU lacks). */ hostLayers: string[] };
  calibration: {
    folder: string;
    images: CalibrationImageResult[];
    top1Agreement: number;
    meanTop5Overlap: number;
    maxAbsDiff: number;
    /** Expected labels (expected.json) the converted model still gets right, of those listed. */
    expectedTop1: { kept: number; of: number };
  };
  latency: { source: LatencyBreakdown; converted: LatencyBreakdown };
  durationMs: number;
};

type TranslatedTensor = { name: string; dtype: string; shape: (number | string)[] };

/** What a TensorFlow → ONNX conversion did, and how it compares with TensorFlow's own runtime. */
export type TranslationReport = {
  target: "onnx";
  /** Nodes of the TensorFlow graph (all of it), and of the ONNX graph made of the part translated. */
  sourceNodes: number;
  onnxNodes: number;
  /** TensorFlow op → how many were translated. */
  translatedOps: Record<string, number>;
  inputs: TranslatedTensor[];
  outputs: TranslatedTensor[];
  /** Both runtimes scored the same seeded random inputs. */
  reference: {
    runtime: string;
    samples: { name: string; tensorflowMs: number; onnxMs: number; outputs: { name: string; maxAbsDiff: number; maxAbsValue: number }[] }[];
    /** The largest |TF − ONNX| over all outputs, each divided by max(1, the output's largest |value|). */
    maxRelativeDiff: number;
    tolerance: number;
  };
  durationMs: number;
};

export type ConversionDto = {
  id: string;
  state: ConversionState;
  /** 0..1 */
  progress: number;
  source: { name: string; version: number };
  inputTensors: string[];
  outputTensors: string[];
  /** onnx: a TensorFlow graph translated to ONNX; accel-onnx: an ONNX model rewritten for the NPU. */
  target: "onnx" | "accel-onnx";
  /** TensorFlow → ONNX only: shapes given for inputs the graph leaves open. */
  inputShapes: Record<string, number[]> | null;
  /** accel-onnx only: the NPU's profile and number format (an onnx conversion keeps float32). */
  deviceProfile: string;
  precision: ConversionPrecision;
  resultName: string;
  resultModel: { name: string; version: number } | null;
  /** accel-onnx conversions: the weights, the calibration and the simulated latency. */
  report: ConversionReport | null;
  /** onnx conversions: the translation and its check against TensorFlow. */
  translation: TranslationReport | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Only on GET /api/v1/conversions/{id}. */
  log?: LogLine[];
  links: { self: string; cancel: string };
};
