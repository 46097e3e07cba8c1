// GET /api/v1/models/{name}/versions — every version of one model, newest first
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { getModelOrThrow, listModels, listModelsQuerySchema } from "@/lib/models";

export const GET = withApi<{ name: string }>(async (request, { params }) => {
  await getModelOrThrow({ name: params.name });
  const query = listModelsQuerySchema.parse({ ...searchParamsObject(request), name: params.name });
  return json(await listModels(query));
});

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
