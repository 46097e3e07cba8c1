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

export type ConversionDto = {
  id: string;
  state: ConversionState;
  /** 0..1 */
  progress: number;
  source: { name: string; version: number };
  inputTensors: string[];
  outputTensors: string[];
  deviceProfile: string;
  precision: ConversionPrecision;
  resultName: string;
  resultModel: { name: string; version: number } | null;
  report: ConversionReport | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Only on GET /api/v1/conversions/{id}. */
  log?: LogLine[];
  links: { self: string; cancel: string };
};
