import { z } from "zod";
import { logLineSchema } from "../schemas/logs";

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

/** Where an imported model came from (models.azure_source). */
export const azureSourceSchema = z.object({
  workspaceId: z.string().describe("The linked workspace it was imported through"),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  workspaceName: z.string(),
  name: z.string(),
  version: z.string(),
  assetId: z.string().describe("The Azure model version's resource id"),
  modelUri: z.string(),
  modelType: z.string().nullable(),
  portalUrl: z.string().describe("The model version in Azure ML studio"),
});

/** An import from, or a publication to, a linked workspace (lib/azure/to-transfer-dto.ts). */
export const azureTransferSchema = z.object({
  id: z.string(),
  kind: z.enum(["import", "publish"]),
  state: z.enum(["Queued", "Running", "Succeeded", "Failed"]),
  workspace: z.object({ id: z.string(), workspaceName: z.string(), portalUrl: z.string() }),
  azureModel: z.object({
    name: z.string(),
    version: z.string().nullable().describe("A publish learns its version when it runs"),
    assetId: z.string().nullable(),
    modelUri: z.string().nullable(),
    portalUrl: z.string().nullable(),
  }),
  model: z.object({ id: z.string(), name: z.string(), version: z.int() }).nullable().describe("The local model: what an import registered, what a publish sends"),
  digest: z.string().nullable().describe("sha256 of the file a publish sends"),
  bytesDone: z.int(),
  bytesTotal: z.int(),
  progress: z.number().describe("0..1, for progress bars; 1 once Succeeded"),
  error: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  links: z.object({ self: z.string(), workspace: z.string() }),
});
export const azureTransferListSchema = z.object({ items: z.array(azureTransferSchema) });
export const azureTransferWithLogSchema = azureTransferSchema.extend({
  log: z.array(logLineSchema).describe("The transfer's log, oldest first"),
});
