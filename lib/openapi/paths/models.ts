import { z } from "zod";
import { listModelsQuerySchema, modelNameSchema, modelVersionSchema, updateModelSchema } from "@/lib/models/schemas";
import { scoreQuerySchema } from "@/lib/scoring/schemas";
import { Model, ModelDeleted, ModelList, Score } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Models";
const name = { name: modelNameSchema };
const nameVersion = { name: modelNameSchema, version: z.union([modelVersionSchema, z.literal("latest")]).describe('A version number, or "latest"') };
const file = z.string().meta({ format: "binary" });

// The multipart form POST /api/v1/models reads (lib/models/ingest-model-upload.ts): its text
// fields are registerModelFieldsSchema's, before the file streams in.
const uploadForm = z.object({
  name: modelNameSchema,
  description: z.string().optional(),
  tags: z.string().optional().describe('Tags as a JSON object string, e.g. {"team":"vision"}'),
  task: z.enum(["classification", "detection"]).optional().describe("What the model does; detection makes scoring return boxes. Absent: a file the catalog knows takes its entry's task, any other classification."),
  file: file.describe("The model file: .onnx, a frozen TensorFlow GraphDef .pb, or a TensorFlow.js graph model folder (model.json + shards) as .zip or .tar.gz"),
});

export const modelPaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/models", tag, summary: "List model versions (filter by name, tag, framework; paginated)", query: listModelsQuerySchema, replies: { 200: { description: "A page of model versions", schema: ModelList } } },
  {
    method: "post", path: "/api/v1/models", tag, summary: "Register a model: upload its file (multipart, streamed)", body: { schema: uploadForm, contentType: "multipart/form-data" }, errors: [409, 413, 415, 422],
    replies: { 201: { description: "The new model version", schema: Model } },
  },
  { method: "get", path: "/api/v1/models/{name}", tag, summary: "The latest version of a model", params: name, replies: { 200: { description: "The model version", schema: Model } } },
  { method: "get", path: "/api/v1/models/{name}/download", tag, summary: "The latest version's file", params: name, replies: { 200: { description: "The model file", schema: file, contentType: "application/octet-stream" } } },
  { method: "get", path: "/api/v1/models/{name}/versions", tag, summary: "Every version of one model, newest first", params: name, query: listModelsQuerySchema.omit({ name: true }), replies: { 200: { description: "A page of versions", schema: ModelList } } },
  { method: "get", path: "/api/v1/models/{name}/versions/{version}", tag, summary: "One model version", params: nameVersion, replies: { 200: { description: "The model version", schema: Model } } },
  { method: "patch", path: "/api/v1/models/{name}/versions/{version}", tag, summary: "Edit description and tags (JSON merge patch; a tag set to null is removed)", params: nameVersion, body: { schema: updateModelSchema, contentType: "application/merge-patch+json" }, replies: { 200: { description: "The model version", schema: Model } } },
  { method: "delete", path: "/api/v1/models/{name}/versions/{version}", tag, summary: "Delete a model version; 409 in_use while a conversion, image or service uses it", params: nameVersion, errors: [409], replies: { 200: { description: "Deleted", schema: ModelDeleted } } },
  { method: "get", path: "/api/v1/models/{name}/versions/{version}/download", tag, summary: "The version's file as registered", params: nameVersion, replies: { 200: { description: "The model file", schema: file, contentType: "application/octet-stream" } } },
  {
    method: "post", path: "/api/v1/models/{name}/versions/{version}/score", tag, summary: "Score one image: top-k labels (a detector: boxes), measured CPU timings and the simulated FPGA latency",
    params: nameVersion, query: scoreQuerySchema, body: { schema: file.describe("The image (JPEG, PNG, …) as the raw body, or a multipart form with an `image` part"), contentType: "application/octet-stream" }, errors: [413, 415, 422],
    replies: { 200: { description: "The scores", schema: Score } },
  },
];
