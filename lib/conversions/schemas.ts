import { z } from "zod";
import { deviceProfileIdSchema } from "@/lib/fpga";
import { modelNameSchema, modelVersionSchema } from "@/lib/models/schemas";

export const PRECISIONS = ["ms-fp8", "ms-fp9", "fp16", "fp32"] as const;
/**
 * What a conversion makes: `accel-onnx` (an ONNX model's weights rewritten for the NPU) or
 * `onnx` (a TensorFlow graph translated to ONNX, as Azure's convert_tf_model did first).
 * A TensorFlow model can only become ONNX; an ONNX model only accel-onnx.
 */
export const CONVERSION_TARGETS = ["accel-onnx", "onnx"] as const;
export type ConversionTarget = (typeof CONVERSION_TARGETS)[number];
/** One value per exponent: the only block size that keeps ms-fp9's expected top-1 on every image (BENCHMARKS.md, "Conversion accuracy"). */
export const DEFAULT_BLOCK_SIZE = 1;
export const MAX_CALIBRATION_IMAGES = 32;

const tensorNamesSchema = z.array(z.string().min(1).max(512)).min(1, "Name at least one tensor.").max(64);

export const createConversionSchema = z.strictObject({
  model: modelNameSchema,
  version: modelVersionSchema,
  inputTensors: tensorNamesSchema,
  outputTensors: tensorNamesSchema,
  /** Chosen from the source's framework when left out (tensorflow → onnx, onnx → accel-onnx). */
  target: z.enum(CONVERSION_TARGETS, { message: `Unsupported target; choose one of ${CONVERSION_TARGETS.join(", ")}.` }).optional(),
  /**
   * Static shapes for TensorFlow input tensors whose shape the graph leaves open, e.g. a
   * cut point inside the graph: { "Preprocessor/map/TensorArrayStack/TensorArrayGatherV3": [1, 300, 300, 3] }.
   */
  inputShapes: z.record(z.string().min(1).max(512), z.array(z.int().min(1).max(65536)).min(1).max(8)).optional(),
  deviceProfile: deviceProfileIdSchema.default("arria10-pb6"),
  precision: z.enum(PRECISIONS, { message: `Unsupported precision; choose one of ${PRECISIONS.join(", ")}.` }).default("ms-fp9"),
  /** Values sharing one ms-fp exponent. */
  blockSize: z.int().min(1).max(1024).default(DEFAULT_BLOCK_SIZE),
  /** Registered as a new version of this name; `<model>-accel` (`<model>-onnx` for a TensorFlow source) by default. */
  resultName: modelNameSchema.optional(),
  /** Images to measure the conversion on instead of the default folder. */
  calibrationImages: z
    .array(z.strictObject({ name: z.string().min(1).max(255).regex(/^[\w.+-]+$/, "Image names are letters, digits and . _ + -"), data: z.base64() }))
    .min(1)
    .max(MAX_CALIBRATION_IMAGES)
    .optional(),
});
export type CreateConversionInput = z.infer<typeof createConversionSchema>;

export const listConversionsQuerySchema = z.object({
  model: modelNameSchema.optional(),
  state: z.enum(["Queued", "Running", "Succeeded", "Failed", "Cancelled", "TimedOut"]).optional(),
});

export const storedCalibrationImagesSchema = z.array(z.object({ name: z.string(), digest: z.string() }));

/** DB enum values (Prisma maps ms_fp9 ↔ "ms-fp9"). */
export const PRECISION_TO_DB = { "ms-fp8": "ms_fp8", "ms-fp9": "ms_fp9", fp16: "fp16", fp32: "fp32" } as const;
export const PRECISION_FROM_DB = { ms_fp8: "ms-fp8", ms_fp9: "ms-fp9", fp16: "fp16", fp32: "fp32" } as const;
