// GET /api/v1/services/{name}/latency?window=1h|24h|7d — request rate, error rate and measured and simulated percentiles over time
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { getServiceLatency } from "@/lib/service-history/get-service-latency";

export const GET = withApi<{ name: string }>(async (request, { params }) => json(await getServiceLatency({ name: params.name, query: searchParamsObject(request) })));

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
