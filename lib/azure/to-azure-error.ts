import { AggregateAuthenticationError, AuthenticationError, CredentialUnavailableError } from "@azure/identity";
import { RestError } from "@azure/storage-blob";
import { AppError } from "@/lib/errors";
import type { WorkspaceRef } from "./workspace-client";

// Azure's failures in words an operator can act on: which identity step failed, what the
// service said, and what to change. The SDKs' own messages are kept in the detail. An
// error that did not come from Azure or the network (the database, a bug) passes unchanged.
export function toAzureError(error: unknown, workspace: WorkspaceRef): Error {
  if (error instanceof AppError) return error;
  // A credential chain reports each link's failure: "unavailable" everywhere means nothing to use.
  if (error instanceof AggregateAuthenticationError) {
    const refused = error.errors.find((e): e is AuthenticationError => e instanceof AuthenticationError);
    return toAzureError(refused ?? new CredentialUnavailableError(error.errors.map((e) => firstLine(String((e as Error).message ?? e))).join("; ")), workspace);
  }
  const where = `${workspace.subscriptionId}/${workspace.resourceGroup}/${workspace.workspaceName}`;
  if (error instanceof CredentialUnavailableError) {
    return new AppError("azure_no_credential", `No Azure credential was found on this machine: set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (a service principal), give it a managed or workload identity, or sign in with \`az login\`. (${firstLine(error.message)})`);
  }
  if (error instanceof AuthenticationError) {
    return new AppError("azure_auth_failed", `Azure refused to issue a token for this machine's identity: ${firstLine(error.errorResponse?.errorDescription ?? error.message)}`);
  }
  const status = (error as { statusCode?: number }).statusCode;
  const code = (error as { code?: string }).code;
  const message = firstLine(error instanceof Error ? error.message : String(error));
  if (status === 401) return new AppError("azure_auth_failed", `Azure did not accept the token for ${where}: ${message}`);
  if (status === 403) return new AppError("azure_forbidden", `The identity may not do this in workspace ${where} (${code}): ${message} Grant it a role such as AzureML Data Scientist on the workspace.`);
  if (status === 404) return new AppError("azure_workspace_not_found", `Azure has no such workspace or resource group: ${where} (${code}): ${message}`);
  if (status === undefined && !(error instanceof RestError) && !/^E[A-Z]+$/.test(code ?? "")) return error instanceof Error ? error : new Error(String(error));
  if (status === undefined) return new AppError("azure_unreachable", `Azure could not be reached (${code ?? "network error"}): ${message}`);
  return new AppError("azure_unreachable", `Azure answered ${status} (${code}): ${message}`);
}


function firstLine(text: string): string {
  return text.split("\n")[0].trim();
}
