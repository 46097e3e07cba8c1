import { z } from "zod";

// Linked Azure ML workspaces and what browsing them answers (lib/azure).

export const azureWorkspaceSchema = z.object({
  id: z.string(),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  workspaceName: z.string(),
  tenantId: z.string().nullable(),
  authorityHost: z.string().nullable(),
  location: z.string().nullable(),
  linkedBy: z.string(),
  createdAt: z.string(),
  portalUrl: z.string().describe("The workspace in Azure ML studio"),
  links: z.object({ self: z.string(), models: z.string() }),
});

export const azureWorkspaceListSchema = z.object({ items: z.array(azureWorkspaceSchema) });

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextPageToken: z.string().nullable().describe("Pass as pageToken for the next page; null on the last") });

export const azureModelSchema = z.object({ name: z.string(), latestVersion: z.string().nullable(), description: z.string().nullable(), tags: z.record(z.string(), z.string()) });
export const azureModelPageSchema = page(azureModelSchema);

export const azureModelVersionSchema = z.object({
    name: z.string(),
    version: z.string(),
    type: z.string().nullable().describe("custom_model, mlflow_model, triton_model, …"),
    description: z.string().nullable(),
    tags: z.record(z.string(), z.string()),
    createdAt: z.string().nullable(),
    modelUri: z.string().nullable(),
    assetId: z.string().nullable().describe("The version's Azure resource id"),
});
export const azureModelVersionPageSchema = page(azureModelVersionSchema);
