// GET  /api/v1/models — list model versions (filter by name, tag, framework; paginated)
// (POST /api/v1/models — a multipart upload — is served before Next: lib/serving/post-model-upload.ts)
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { listModels, listModelsQuerySchema } from "@/lib/models";

export const GET = withApi(async (request) => {
  const query = listModelsQuerySchema.parse(searchParamsObject(request));
  return json(await listModels(query));
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
