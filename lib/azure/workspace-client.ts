import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import { env } from "@/lib/env";

export type WorkspaceRef = { subscriptionId: string; resourceGroup: string; workspaceName: string; tenantId?: string | null; authorityHost?: string | null };

/**
 * The machine's own identity for one workspace: the chain of DefaultAzureCredential
 * (environment, workload or managed identity, Azure CLI, …), so the studio stores no
 * Azure secret. Identity-based datastores are read with it too.
 */
export function workspaceCredential(workspace: WorkspaceRef): TokenCredential {
  return new DefaultAzureCredential({
    ...(workspace.tenantId ? { tenantId: workspace.tenantId } : {}),
    // A private authority has no instance discovery to ask (AZURE.md).
    ...(workspace.authorityHost ? { authorityHost: workspace.authorityHost, disableInstanceDiscovery: true } : {}),
  });
}

// The management client of one workspace. The token scope stays Azure Resource Manager's
// even when AZURE_RESOURCE_MANAGER_URL points elsewhere (another cloud's endpoint, a stand-in).
export function workspaceClient(workspace: WorkspaceRef, credential = workspaceCredential(workspace)): AzureMachineLearningWorkspaces {
  return new AzureMachineLearningWorkspaces(credential, workspace.subscriptionId, {
    endpoint: env().AZURE_RESOURCE_MANAGER_URL,
    credentialScopes: ["https://management.azure.com/.default"],
    // A link check must answer promptly: one retry, not the SDK's default of three with back-off.
    retryOptions: { maxRetries: 1 },
  });
}
