import { z } from "zod";
import { isoTimestamp, modelRefSchema } from "./common";
import { azureSourceSchema } from "../resources/azure";
import { catalogOutputSchema, preprocessingRecipeSchema } from "./catalog";

// The model version resource (lib/models/to-model-dto.ts) and the answers built from it:
//   GET    /api/v1/models                         → 200 modelListSchema
//   POST   /api/v1/models (multipart upload)      → 201 modelSchema (lib/serving/post-model-upload.ts)
//   GET    /api/v1/models/{name}                  → 200 modelSchema (the latest version)
//   GET    /api/v1/models/{name}/versions         → 200 modelListSchema
//   GET    /api/v1/models/{name}/versions/{v}     → 200 modelSchema
//   PATCH  /api/v1/models/{name}/versions/{v}     → 200 modelSchema
//   DELETE /api/v1/models/{name}/versions/{v}     → 200 modelDeletedSchema
// ModelDto types `inputs`, `outputs`, `graph` and `preprocessing` more loosely than what
// registration stores in them (lib/models/register-model.ts); these schemas say what is stored.

/** Element types as onnxruntime names them (lib/onnx DataTypeName). */
export const tensorDtypeSchema = z.enum([
  "undefined", "float32", "uint8", "int8", "uint16", "int16", "int32", "int64",
  "string", "bool", "float16", "float64", "uint32", "uint64", "complex64",
  "complex128", "bfloat16", "float8e4m3fn", "float8e4m3fnuz", "float8e5m2",
  "float8e5m2fnuz", "uint4", "int4", "float4e2m1", "float8e8m0", "uint2", "int2",
]);

/** A graph input or output as the model file declares it (lib/onnx TensorInfo). */
export const modelTensorSchema = z.object({
  name: z.string(),
  dtype: tensorDtypeSchema,
  shape: z
    .array(z.union([z.int(), z.string()]))
    .nullable()
    .describe('Symbolic dims stay strings ("N", "batch_size"); a dim with neither value nor name is "?"; null when the model gives no shape at all (rank unknown).'),
});

/** The ONNX graph summary of the file: lib/onnx GraphSummary without `layers`, `inputs` and `outputs`. */
export const modelGraphSchema = z.object({
  irVersion: z.int(),
  producer: z.object({ name: z.string(), version: z.string() }),
  domain: z.string(),
  modelVersion: z.int(),
  docString: z.string(),
  graphName: z.string(),
  opsetImports: z.array(z.object({ domain: z.string(), version: z.int() })),
  batchSize: z.int().describe("The batch size the shapes and MACs were computed at."),
  opHistogram: z.record(z.string(), z.int()).describe("Nodes per op type."),
  nodeCount: z.int(),
  parameterCount: z.int().describe("Elements of all initializers, quantization scales and zero points included; a sparse initializer counts its stored non-zero values. Constant-node tensors are not counted."),
  parameterBytes: z.int().describe("Bytes those elements occupy in their stored dtype."),
  hasExternalData: z.boolean().describe("True when some initializer keeps its data in an external file (counted from dims)."),
  macs: z.int().describe("Multiply-accumulates of one inference at batchSize (Conv, ConvTranspose, Gemm, MatMul and their quantized forms)."),
  macsByOp: z.record(z.string(), z.int()),
  isMacsComplete: z.boolean().describe("False when some MAC op's shapes are unknown, so `macs` leaves it out."),
  unknownShapeOps: z.array(z.string()).describe("Op types (prefixed with their domain when not the default one) that have no shape rule."),
  tensorflow: z
    .object({
      format: z.enum(["graphdef", "tfjs"]).describe("graphdef: a frozen GraphDef .pb; tfjs: a TensorFlow.js graph model (model.json + shards)."),
      unsupportedOps: z.array(z.string()).describe("Ops the TensorFlow → ONNX conversion does not handle; converting the model is refused naming them."),
      hasControlFlow: z.boolean().describe("True when the graph holds TF1 while-loop ops (Enter, Merge, Switch, …)."),
      quantizedWeights: z.record(z.string(), z.int()).describe("Weights stored quantised by TensorFlow.js, counted by stored dtype (uint8, uint16, float16)."),
    })
    .optional()
    .describe("A TensorFlow model's own facts (lib/tensorflow). Its summary fills the ONNX-only fields with zeros and empty lists."),
});

/** What a registered model stores as its `preprocessing` (lib/catalog ModelPreprocessing): the recipe plus its label set and output kinds. */
export const modelPreprocessingRecipeSchema = preprocessingRecipeSchema.extend({
  labels: z.enum(["imagenet-1k", "coco-80", "coco-91"]),
  outputs: z.array(catalogOutputSchema),
});

/** The model version DTO (lib/models/to-model-dto.ts). */
export const modelSchema = z.object({
  id: z.string().describe("UUID"),
  name: z.string(),
  version: z.int().describe("Versions are numbered per name from 1."),
  framework: z.enum(["onnx", "accel-onnx", "tensorflow"]).describe("accel-onnx: a model converted for the NPU (POST /api/v1/conversions)."),
  task: z.enum(["classification", "detection"]).describe("What scoring returns: classes (top-k) for a classifier, boxes for a detector."),
  description: z.string(),
  tags: z.record(z.string(), z.string()).describe('Azure ML style key/value tags: { "team": "vision" }.'),
  digest: z.string().describe("sha256 of the file, lowercase hex (no `sha256:` prefix)."),
  sizeBytes: z.int(),
  fileName: z.string(),
  inputs: z.array(modelTensorSchema),
  outputs: z.array(modelTensorSchema),
  graph: modelGraphSchema,
  catalogId: z.string().nullable().describe("Catalog id when pulled from the built-in catalog."),
  preprocessing: modelPreprocessingRecipeSchema
    .nullable()
    .describe("How to turn an image into the input tensor; null when unknown (scoring then assumes P1)."),
  parent: modelRefSchema.nullable().describe("The model this one was converted from."),
  azureSource: azureSourceSchema.nullable().describe("The Azure ML workspace model version this one was imported from."),
  createdAt: isoTimestamp(),
  updatedAt: isoTimestamp(),
  links: z.object({ self: z.string(), download: z.string() }),
});

/** A page of model versions, newest first (lib/models/list-models.ts). */
export const modelListSchema = z.object({
  items: z.array(modelSchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int().describe("Versions matching the filter, over all pages."),
  nextPage: z.int().nullable().describe("null on the last page."),
});

/** DELETE /api/v1/models/{name}/versions/{v} → 200 (lib/models/delete-model.ts). */
export const modelDeletedSchema = z.object({
  name: z.string(),
  version: z.int(),
  deleted: z.literal(true),
});
