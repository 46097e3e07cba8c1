// GET  /api/v1/azure/workspaces — linked Azure ML workspaces
// POST /api/v1/azure/workspaces — link one, once Azure confirms it can be read (201)
import { json, readJson, rejectMethods, withApi } from "@/lib/api";
import { linkWorkspace, listWorkspaces } from "@/lib/azure";

export const GET = withApi(async () => json(await listWorkspaces()));

export const POST = withApi(async (request, { principal }) => {
  const workspace = await linkWorkspace(await readJson(request), principal);
  return json(workspace, { status: 201, headers: { location: workspace.links.self } });
});

export const { PUT, PATCH, DELETE } = rejectMethods(["GET", "POST"]);
