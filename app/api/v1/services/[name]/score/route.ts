// POST /api/v1/services/{name}/score — the studio's Test tab: forwards the image (and the
// caller's key) to the node hosting the service, its scoring URI, and relays the answer.
import { rejectMethods, withApi } from "@/lib/api";
import { forwardServiceScore } from "@/lib/serving/forward-service-score";

export const POST = withApi<{ name: string }>(async (request, { params, requestId }) => forwardServiceScore({ name: params.name, request, requestId }));

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
