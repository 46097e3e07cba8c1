// GET /api/v1/azure/workspaces/{id}/models/{name}/versions?pageToken= — one model's versions, a page at a time
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { listAzureModelVersions } from "@/lib/azure";

export const GET = withApi<{ id: string; name: string }>(async (request, { params }) => json(await listAzureModelVersions(params.id, params.name, searchParamsObject(request))));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
