// POST /api/v1/azure/workspaces/{id}/imports — import a workspace model version into the registry (202; 200 when already imported or under way)
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { requestImport } from "@/lib/azure";

export const POST = withApi<{ id: string }>(async (request, { params, principal }) => {
  const { transfer, isNew } = await requestImport(params.id, await readJson(request), principal);
  return json(transfer, { status: isNew ? 202 : 200, headers: { location: transfer.links.self } });
});

export const { GET, PUT, PATCH, DELETE } = rejectMethods(["POST"]);
