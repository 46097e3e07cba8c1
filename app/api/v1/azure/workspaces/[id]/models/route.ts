// GET /api/v1/azure/workspaces/{id}/models?pageToken= — the workspace's models, a page at a time
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { listAzureModels } from "@/lib/azure";

export const GET = withApi<{ id: string }>(async (request, { params }) => json(await listAzureModels(params.id, searchParamsObject(request))));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
