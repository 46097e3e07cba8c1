// POST /api/v1/azure/workspaces/{id}/publications — publish a local model version to the workspace (202; 200 when the same publish is under way)
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { requestPublish } from "@/lib/azure";

export const POST = withApi<{ id: string }>(async (request, { params, principal }) => {
  const { transfer, isNew } = await requestPublish(params.id, await readJson(request), principal);
  return json(transfer, { status: isNew ? 202 : 200, headers: { location: transfer.links.self } });
});

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
