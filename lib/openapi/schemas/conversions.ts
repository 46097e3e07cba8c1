import { z } from "zod";
import { isoTimestamp, modelRefSchema } from "./common";
import { logLineSchema } from "./logs";

// The conversion resource (lib/conversions/types.ts ConversionDto, built by
// to-conversion-dto.ts) and the answers built from it:
//   GET  /api/v1/conversions              → 200 conversionListSchema (items carry no log)
//   POST /api/v1/conversions              → 202 conversionWithLogSchema
//   GET  /api/v1/conversions/{id}         → 200 conversionWithLogSchema
//   POST /api/v1/conversions/{id}/cancel  → 200 conversionWithLogSchema

export const conversionStateSchema = z.enum(["Queued", "Running", "Succeeded", "Failed", "Cancelled", "TimedOut"]);
export const conversionPrecisionSchema = z.enum(["ms-fp8", "ms-fp9", "fp16", "fp32"]);

/** The latency the simulated NPU gives one image, split as the studio draws it (ms). */
export const latencyBreakdownSchema = z.object({
  totalMs: z.number(),
  transferInMs: z.number(),
  deviceMs: z.number(),
  weightStreamMs: z.number().describe("Extra time weights streaming from the board's DDR cost beyond compute."),
  hostMs: z.number(),
  transferOutMs: z.number(),
  partitionHandoffMs: z.number().describe("Hand-offs between the FPGAs a deployment spreads the model over."),
  fpgas: z.int(),
  weightPlacement: z
    .enum(["pinned", "streamed", "partitioned"])
    .describe("pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs."),
  weightBytes: z.number().describe("The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element)."),
  streamedWeightBytes: z.number(),
  utilization: z.number().describe("MAC-weighted mean of the MVU layers' utilisation (0..1)."),
});

const classPickSchema = z.object({ label: z.string(), index: z.int(), probability: z.number() });

/** One calibration image scored by the source and the converted model. */
export const calibrationImageResultSchema = z.object({
  image: z.string(),
  expectedLabel: z.string().nullable().describe("From expected.json when the image is listed there."),
  source: classPickSchema,
  converted: classPickSchema,
  top1Agrees: z.boolean(),
  top5Overlap: z.int().describe("How many of the source's top-5 classes are in the converted model's top-5 (0..5)."),
  maxAbsDiff: z.number(),
  sourceInferenceMs: z.number().describe("Measured CPU inference time of the source model on this image."),
  convertedInferenceMs: z.number().describe("Measured CPU inference time of the converted model on this image."),
});

/** The report of a Succeeded conversion (lib/conversions/convert-and-measure.ts). */
export const conversionReportSchema = z.object({
  precision: conversionPrecisionSchema,
  deviceProfile: z.string(),
  numerics: z.object({
    blockSize: z.int().describe("Values sharing one ms-fp exponent."),
    exponentBits: z.int(),
    mantissaBits: z.int().nullable().describe("null for fp16 and fp32."),
    rounding: z.string(),
    blockAxis: z.string(),
  }),
  weights: z.object({
    quantizedTensors: z.int(),
    keptTensors: z.int(),
    integerTensors: z.int().describe("Integer (QLinear) weights are kept as they are."),
    quantizedParameters: z.int(),
    maxAbsError: z.number(),
    rmsError: z.number(),
  }),
  split: z.object({
    npuOps: z.int(),
    hostOps: z.int(),
    hostOpTypes: z.array(z.string()),
    hostTensors: z.array(z.string()),
    boundaryTensors: z.array(z.string()),
    hostLayers: z.array(z.string()).describe("Layers run on the host (the classifier head and ops the NPU lacks)."),
  }),
  calibration: z.object({
    folder: z.string(),
    images: z.array(calibrationImageResultSchema),
    top1Agreement: z.number().describe("Share of images whose top-1 class agrees (0..1)."),
    meanTop5Overlap: z.number(),
    maxAbsDiff: z.number(),
    expectedTop1: z
      .object({ kept: z.int(), of: z.int() })
      .describe("Expected labels (expected.json) the converted model still gets right, of those listed."),
  }),
  latency: z.object({ source: latencyBreakdownSchema, converted: latencyBreakdownSchema }),
  durationMs: z.number(),
});

const translatedTensorSchema = z.object({ name: z.string(), dtype: z.string(), shape: z.array(z.union([z.int(), z.string()])) });

/** The report of a Succeeded TensorFlow → ONNX conversion (lib/conversions/translate-and-measure.ts). */
export const translationReportSchema = z.object({
  target: z.literal("onnx"),
  sourceNodes: z.int().describe("Nodes of the whole TensorFlow graph."),
  onnxNodes: z.int().describe("Nodes of the ONNX graph translated from the part between the named tensors."),
  translatedOps: z.record(z.string(), z.int()).describe("TensorFlow op → how many were translated."),
  inputs: z.array(translatedTensorSchema),
  outputs: z.array(translatedTensorSchema),
  reference: z
    .object({
      runtime: z.string(),
      samples: z.array(
        z.object({
          name: z.string(),
          tensorflowMs: z.number(),
          onnxMs: z.number(),
          outputs: z.array(z.object({ name: z.string(), maxAbsDiff: z.number(), maxAbsValue: z.number() })),
        }),
      ),
      maxRelativeDiff: z.number().describe("The largest |TensorFlow − ONNX| over all outputs, each divided by max(1, the output's largest |value|)."),
      tolerance: z.number().describe("A larger difference fails the conversion and registers nothing."),
    })
    .describe("TensorFlow's own runtime (TF.js) and onnxruntime scored the same seeded random inputs."),
  durationMs: z.number(),
});

/** A conversion as GET /api/v1/conversions lists it (ConversionDto without `log`). */
export const conversionSchema = z.object({
  id: z.string().describe("UUID"),
  state: conversionStateSchema,
  progress: z.number().describe("0..1"),
  source: modelRefSchema.describe("The model version being converted."),
  inputTensors: z.array(z.string()),
  outputTensors: z.array(z.string()),
  target: z.enum(["onnx", "accel-onnx"]).describe("onnx: a TensorFlow graph translated to ONNX; accel-onnx: an ONNX model rewritten for the NPU."),
  inputShapes: z.record(z.string(), z.array(z.int())).nullable().describe("TensorFlow → ONNX only: shapes given for inputs the graph leaves open."),
  deviceProfile: z.string().describe("A device profile id (GET /api/v1/fpga/profiles); accel-onnx only."),
  precision: conversionPrecisionSchema,
  resultName: z.string().describe("The name the converted model is registered under (a new version of it)."),
  resultModel: modelRefSchema.nullable().describe("The registered result, once Succeeded."),
  report: conversionReportSchema.nullable().describe("accel-onnx conversions: null until the conversion Succeeded."),
  translation: translationReportSchema.nullable().describe("onnx (TensorFlow → ONNX) conversions: null until the conversion Succeeded."),
  error: z.string().nullable(),
  createdAt: isoTimestamp(),
  startedAt: isoTimestamp().nullable(),
  finishedAt: isoTimestamp().nullable(),
  links: z.object({ self: z.string(), cancel: z.string() }),
});

/** One conversion with its log: GET /api/v1/conversions/{id}, the 202 of POST and the cancel answer. */
export const conversionWithLogSchema = conversionSchema.extend({
  log: z.array(logLineSchema).describe("The conversion's log, oldest first (at most 2000 lines)."),
});

/** GET /api/v1/conversions → 200: newest first, at most 200. */
export const conversionListSchema = z.object({ items: z.array(conversionSchema) });
