// GET /api/v1/azure/transfers?workspaceId=&modelId=&kind= — imports and publications, newest first
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { listTransfers } from "@/lib/azure";

export const GET = withApi(async (request) => json(await listTransfers(searchParamsObject(request))));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
