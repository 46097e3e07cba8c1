// GET /api/v1/quotas[?region=] — "Standard PBS Family vCPUs" usage and limit per region
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { getQuotas } from "@/lib/computes";

export const GET = withApi(async (request) => json(await getQuotas(searchParamsObject(request))));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
