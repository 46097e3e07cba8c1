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
