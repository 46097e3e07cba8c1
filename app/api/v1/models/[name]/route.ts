// GET    /api/v1/models/{name} — the latest version
import { json, rejectMethods, withApi } from "@/lib/api";
import { getModelOrThrow, toModelDto } from "@/lib/models";

export const GET = withApi<{ name: string }>(async (_request, { params }) => {
  return json(toModelDto(await getModelOrThrow({ name: params.name })));
});

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
