// GET    /api/v1/models/{name}/versions/{v} — one version
// PATCH  /api/v1/models/{name}/versions/{v} — edit description/tags (JSON merge patch)
// DELETE /api/v1/models/{name}/versions/{v} — delete; 409 while anything uses it
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { deleteModel, getModelOrThrow, toModelDto, updateModel, updateModelSchema } from "@/lib/models";

type Params = { name: string; version: string };

export const GET = withApi<Params>(async (_request, { params }) => {
  return json(toModelDto(await getModelOrThrow(params)));
});

export const PATCH = withApi<Params>(async (request, { params }) => {
  const changes = updateModelSchema.parse(await readJson(request));
  return json(await updateModel({ ...params, changes }));
});

export const DELETE = withApi<Params>(async (_request, { params }) => {
  return json(await deleteModel(params));
});

export const { POST, PUT } = rejectMethods(["GET", "PATCH", "DELETE"]);
