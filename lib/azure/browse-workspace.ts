import { getContinuationToken } from "@azure/arm-machinelearning";
import type { z } from "zod";
import type { azureModelSchema, azureModelVersionSchema } from "@/lib/openapi/resources/azure";
import { browseQuerySchema } from "./schemas";
import { toAzureError } from "./to-azure-error";
import { workspaceClient } from "./workspace-client";
import { getWorkspaceRow } from "./workspaces";

// Browsing a linked workspace's models and their versions, a page at a time: Azure's
// own paging (its nextLink) travels to the client as an opaque nextPageToken.

export type AzureModelDto = z.infer<typeof azureModelSchema>;
export type AzureModelVersionDto = z.infer<typeof azureModelVersionSchema>;
type Page<T> = { items: T[]; nextPageToken: string | null };

/** Azure allows a tag without a value; the studio's tags are strings. */
const tagsOf = (tags: Record<string, string | null> | undefined): Record<string, string> => Object.fromEntries(Object.entries(tags ?? {}).map(([k, v]) => [k, v ?? ""]));

async function firstPage<T>(pages: AsyncIterableIterator<T[]>) {
  const { value } = await pages.next();
  // The SDK keeps the page's nextLink beside it; getContinuationToken reads it back.
  return { page: [...((value ?? []) as T[])], nextPageToken: (value && getContinuationToken(value)) ?? null };
}

export async function listAzureModels(id: string, query: unknown): Promise<Page<AzureModelDto>> {
  const { pageToken } = browseQuerySchema.parse(query);
  const workspace = await getWorkspaceRow(id);
  try {
    const client = workspaceClient(workspace);
    const { page, nextPageToken } = await firstPage(client.modelContainers.list(workspace.resourceGroup, workspace.workspaceName).byPage({ continuationToken: pageToken }));
    return {
      items: page.map((m) => ({ name: m.name ?? "", latestVersion: m.properties.latestVersion ?? null, description: m.properties.description ?? null, tags: tagsOf(m.properties.tags) })),
      nextPageToken,
    };
  } catch (error) {
    throw toAzureError(error, workspace);
  }
}

export async function listAzureModelVersions(id: string, name: string, query: unknown): Promise<Page<AzureModelVersionDto>> {
  const { pageToken } = browseQuerySchema.parse(query);
  const workspace = await getWorkspaceRow(id);
  try {
    const client = workspaceClient(workspace);
    const { page, nextPageToken } = await firstPage(client.modelVersions.list(workspace.resourceGroup, workspace.workspaceName, name).byPage({ continuationToken: pageToken }));
    return {
      items: page.map((v) => ({
        name,
        version: v.name ?? "",
        type: v.properties.modelType ?? null,
        description: v.properties.description ?? null,
        tags: tagsOf(v.properties.tags),
        createdAt: v.systemData?.createdAt ? new Date(v.systemData.createdAt).toISOString() : null,
        modelUri: v.properties.modelUri ?? null,
        assetId: v.id ?? null,
      })),
      nextPageToken,
    };
  } catch (error) {
    throw toAzureError(error, workspace);
  }
}
