import type { AzureMachineLearningWorkspaces, AzureBlobDatastore, DatastoreSecretsUnion } from "@azure/arm-machinelearning";
import type { TokenCredential } from "@azure/identity";
import { AnonymousCredential, ContainerClient, StorageSharedKeyCredential, type StoragePipelineOptions } from "@azure/storage-blob";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { WorkspaceRef } from "./workspace-client";

export type DatastoreAccess = { container: ContainerClient; datastore: string; auth: "account key" | "SAS" | "identity"; accountName: string; containerName: string };

// A download that breaks off resumes from where it stopped (storage-blob's retriable
// stream); these are the requests under it, each retried on a network fault.
const PIPELINE: StoragePipelineOptions = { retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000 } };

/**
 * The blob container behind a workspace datastore, opened the way Azure ML's own SDK does:
 * the datastore's account and container from `datastores.get`, then its secret from
 * `datastores.listSecrets` (an account key or a SAS), or, for an identity-based
 * datastore, this machine's own credential.
 */
export async function openDatastore(client: AzureMachineLearningWorkspaces, workspace: WorkspaceRef, name: string, credential: TokenCredential): Promise<DatastoreAccess> {
  const { properties } = await client.datastores.get(workspace.resourceGroup, workspace.workspaceName, name);
  if (properties.datastoreType !== "AzureBlob") {
    throw new AppError("unsupported_model", `Datastore ${name} is ${properties.datastoreType}; models are read from blob datastores (AzureBlob).`, { datastore: name });
  }
  const blob = properties as AzureBlobDatastore;
  if (!blob.accountName || !blob.containerName) throw new AppError("unsupported_model", `Datastore ${name} names no storage account or container.`, { datastore: name });
  const url = `${blobAccountUrl(blob.accountName, blob.endpoint, blob.protocol)}/${encodeURIComponent(blob.containerName)}`;
  const base = { datastore: name, accountName: blob.accountName, containerName: blob.containerName };
  const credentialsType = properties.credentials.credentialsType;
  if (credentialsType === "None") return { ...base, container: new ContainerClient(url, credential, PIPELINE), auth: "identity" };
  const secrets: DatastoreSecretsUnion = await client.datastores.listSecrets(workspace.resourceGroup, workspace.workspaceName, name);
  if (secrets.secretsType === "AccountKey" && "key" in secrets && secrets.key) {
    return { ...base, container: new ContainerClient(url, new StorageSharedKeyCredential(blob.accountName, secrets.key), PIPELINE), auth: "account key" };
  }
  if (secrets.secretsType === "Sas" && "sasToken" in secrets && secrets.sasToken) {
    return { ...base, container: new ContainerClient(`${url}?${secrets.sasToken.replace(/^\?/, "")}`, new AnonymousCredential(), PIPELINE), auth: "SAS" };
  }
  throw new AppError("unsupported_model", `Datastore ${name} uses ${credentialsType} credentials; blob datastores with an account key, a SAS or identity-based access can be read.`, { datastore: name });
}

/** The account's blob endpoint: Azure's own form, or AZURE_STORAGE_BLOB_URL's (another cloud's proxy, Azurite in tests). */
export function blobAccountUrl(account: string, endpoint = "core.windows.net", protocol = "https"): string {
  return env().AZURE_STORAGE_BLOB_URL.replaceAll("{account}", account).replaceAll("{endpoint}", endpoint).replaceAll("{protocol}", protocol).replace(/\/+$/, "");
}
