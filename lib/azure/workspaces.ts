import type { z } from "zod";
import { db, type AzureWorkspace } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Principal } from "@/lib/auth";
import type { azureWorkspaceSchema } from "@/lib/openapi/resources/azure";
import { linkWorkspaceSchema } from "./schemas";
import { toAzureError } from "./to-azure-error";
import { workspaceClient, type WorkspaceRef } from "./workspace-client";

/** A linked workspace as the API shows it: the type of its OpenAPI schema. */
export type AzureWorkspaceDto = z.infer<typeof azureWorkspaceSchema>;

/** The workspace's resource id in Azure Resource Manager. */
export const workspaceArmId = (w: WorkspaceRef) => `/subscriptions/${w.subscriptionId}/resourceGroups/${w.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${w.workspaceName}`;

/** A page of Azure ML studio (ml.azure.com) in this workspace: the workspace itself, or e.g. `model/{name}:{version}/details`. */
export function portalUrl(w: WorkspaceRef, page = ""): string {
  return `https://ml.azure.com/${page}?wsid=${encodeURIComponent(workspaceArmId(w))}${w.tenantId ? `&tid=${encodeURIComponent(w.tenantId)}` : ""}`;
}

export function toWorkspaceDto(row: AzureWorkspace): AzureWorkspaceDto {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    resourceGroup: row.resourceGroup,
    workspaceName: row.workspaceName,
    tenantId: row.tenantId,
    authorityHost: row.authorityHost,
    location: row.location,
    linkedBy: row.linkedBy,
    createdAt: row.createdAt.toISOString(),
    portalUrl: portalUrl(row),
    links: { self: `/api/v1/azure/workspaces/${row.id}`, models: `/api/v1/azure/workspaces/${row.id}/models` },
  };
}

/**
 * Links a workspace once Azure confirms it: the workspace exists, and this machine's
 * identity can read it and list its models (the first page is enough). Nothing is stored
 * when any of that fails, and the error says which.
 */
export async function linkWorkspace(body: unknown, principal: Principal): Promise<AzureWorkspaceDto> {
  const input = linkWorkspaceSchema.parse(body);
  const existing = await db.azureWorkspace.findUnique({ where: { subscriptionId_resourceGroup_workspaceName: { subscriptionId: input.subscriptionId, resourceGroup: input.resourceGroup, workspaceName: input.workspaceName } } });
  if (existing) throw new AppError("already_exists", `Workspace ${input.workspaceName} is already linked.`, { id: existing.id });
  const client = workspaceClient(input);
  let location: string | undefined;
  try {
    location = (await client.workspaces.get(input.resourceGroup, input.workspaceName)).location;
    await client.modelContainers.list(input.resourceGroup, input.workspaceName).byPage().next();
  } catch (error) {
    throw toAzureError(error, input);
  }
  const row = await db.azureWorkspace.create({ data: { ...input, location: location ?? null, linkedBy: principal.name } });
  return toWorkspaceDto(row);
}

export async function listWorkspaces(): Promise<{ items: AzureWorkspaceDto[] }> {
  return { items: (await db.azureWorkspace.findMany({ orderBy: { createdAt: "asc" } })).map(toWorkspaceDto) };
}

export async function getWorkspaceRow(id: string): Promise<AzureWorkspace> {
  const row = await db.azureWorkspace.findUnique({ where: { id } }).catch(() => null);
  if (!row) throw new AppError("not_found", `There is no linked workspace ${id}.`, { id });
  return row;
}

/** Forgets the link (nothing in Azure changes); not while a transfer through it is under way. */
export async function unlinkWorkspace(id: string): Promise<AzureWorkspaceDto> {
  const row = await getWorkspaceRow(id);
  const active = await db.azureTransfer.count({ where: { workspaceId: id, state: { in: ["Queued", "Running"] } } });
  if (active) throw new AppError("in_use", `Workspace ${row.workspaceName} has ${active} import or publish under way; unlink it once they end.`, { id });
  await db.azureWorkspace.delete({ where: { id } });
  return toWorkspaceDto(row);
}
