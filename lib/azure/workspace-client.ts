import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import { DefaultAzureCredential } from "@azure/identity";
import { env } from "@/lib/env";

export type WorkspaceRef = { subscriptionId: string; resourceGroup: string; workspaceName: string; tenantId?: string | null; authorityHost?: string | null };

// The management client of one workspace, with the machine's own identity: the chain of
// DefaultAzureCredential (environment, workload or managed identity, Azure CLI, …), so
// the studio stores no Azure secret. The token scope stays Azure Resource Manager's even
// when AZURE_RESOURCE_MANAGER_URL points elsewhere (another cloud's endpoint, a stand-in).
export function workspaceClient(workspace: WorkspaceRef): AzureMachineLearningWorkspaces {
  const credential = new DefaultAzureCredential({
    ...(workspace.tenantId ? { tenantId: workspace.tenantId } : {}),
    // A private authority has no instance discovery to ask (AZURE.md).
    ...(workspace.authorityHost ? { authorityHost: workspace.authorityHost, disableInstanceDiscovery: true } : {}),
  });
  return new AzureMachineLearningWorkspaces(credential, workspace.subscriptionId, {
    endpoint: env().AZURE_RESOURCE_MANAGER_URL,
    credentialScopes: ["https://management.azure.com/.default"],
    // A link check must answer promptly: one retry, not the SDK's default of three with back-off.
    retryOptions: { maxRetries: 1 },
  });
}
