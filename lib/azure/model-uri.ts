import { AppError } from "@/lib/errors";
import type { WorkspaceRef } from "./workspace-client";

export type DatastorePath = { datastore: string; path: string };

/**
 * Where a workspace model version's files are, from its modelUri (AZURE.md): a datastore
 * and a path in it, the two forms Azure ML writes for registered models. Job outputs
 * (`azureml://jobs/…`, `runs:/…`) name a run, not a place, and are refused with the way
 * round: register the model from its datastore path.
 */
export function parseModelUri(modelUri: string, workspace: WorkspaceRef): DatastorePath {
  const short = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.+)$/i.exec(modelUri);
  if (short) return { datastore: decodeURIComponent(short[1]), path: cleanPath(short[2]) };
  const long = /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.+)$/i.exec(modelUri);
  if (long) {
    const [, subscription, group, name] = long;
    const isSameWorkspace = subscription.toLowerCase() === workspace.subscriptionId.toLowerCase() && group.toLowerCase() === workspace.resourceGroup.toLowerCase() && name.toLowerCase() === workspace.workspaceName.toLowerCase();
    if (!isSameWorkspace) throw new AppError("unsupported_model", `The model's files are in another workspace (${subscription}/${group}/${name}); link that workspace and import from it.`, { modelUri });
    return { datastore: decodeURIComponent(long[4]), path: cleanPath(long[5]) };
  }
  if (/^(azureml:\/\/jobs\/|runs:\/)/i.test(modelUri)) {
    throw new AppError("unsupported_model", `The model's modelUri names a job's output (${modelUri}), not a datastore path; register the model from its datastore path (azureml://datastores/…/paths/…) and import that version.`, { modelUri });
  }
  throw new AppError("unsupported_model", `The model's modelUri ${modelUri} is not a datastore path (azureml://datastores/{datastore}/paths/{path}).`, { modelUri });
}

function cleanPath(path: string): string {
  return decodeURIComponent(path).replace(/^\/+/, "");
}
