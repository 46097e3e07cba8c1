import { z } from "zod";

// What linking an Azure ML workspace takes (Settings → Azure ML, POST /api/v1/azure/workspaces).
const armName = (what: string) => z.string().trim().min(1).max(90).regex(/^[\w.()-]+$/, `${what} is letters, digits and . _ ( ) -`);

export const linkWorkspaceSchema = z.strictObject({
  subscriptionId: z.guid({ message: "subscriptionId is the subscription's GUID" }),
  resourceGroup: armName("The resource group"),
  workspaceName: armName("The workspace name"),
  tenantId: z.string().trim().min(1).max(100).optional().describe("The Microsoft Entra tenant, when the identity must ask a particular one"),
  authorityHost: z.url({ protocol: /^https$/, message: "authorityHost must be an https URL" }).optional().describe("Where tokens come from, when not Azure's public cloud"),
});
export type LinkWorkspaceInput = z.infer<typeof linkWorkspaceSchema>;

export const browseQuerySchema = z.strictObject({
  pageToken: z.string().max(4096).optional().describe("The previous page's nextPageToken"),
});

/** POST /api/v1/azure/workspaces/{id}/imports: which workspace model version to bring into the registry. */
export const importRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(255).describe("The workspace model's name"),
  version: z.string().trim().min(1).max(64).describe("Its version, as the workspace numbers it"),
});

/** POST /api/v1/azure/workspaces/{id}/publications: which local model version to send to the workspace. */
export const publishRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(255).describe("The local model's name"),
  version: z.coerce.number().int().positive().describe("The local model's version"),
  azureName: z.string().trim().min(1).max(255).regex(/^[A-Za-z0-9][\w.-]*$/, "azureName is letters, digits and . _ -, starting with a letter or digit").optional().describe("The workspace model to add a version to; the local name when left out"),
});

export const transfersQuerySchema = z.strictObject({
  workspaceId: z.uuid().optional(),
  modelId: z.uuid().optional().describe("Transfers of this local model: its import, or its publications"),
  kind: z.enum(["import", "publish"]).optional(),
});
