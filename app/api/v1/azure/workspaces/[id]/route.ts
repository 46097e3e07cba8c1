// GET    /api/v1/azure/workspaces/{id} — one linked workspace
// DELETE /api/v1/azure/workspaces/{id} — forget the link (nothing changes in Azure)
import { json, rejectMethods, withApi } from "@/lib/api";
import { getWorkspaceRow, toWorkspaceDto, unlinkWorkspace } from "@/lib/azure";

export const GET = withApi<{ id: string }>(async (_request, { params }) => json(toWorkspaceDto(await getWorkspaceRow(params.id))));

export const DELETE = withApi<{ id: string }>(async (_request, { params }) => json(await unlinkWorkspace(params.id)));

export const { POST, PUT, PATCH } = rejectMethods(["GET", "DELETE"]);
