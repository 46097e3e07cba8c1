import { createReadStream } from "node:fs";
import type { ModelVersion } from "@azure/arm-machinelearning";
import { hashFile, localArtifact } from "@/lib/artifacts";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { JobAttempt } from "@/lib/jobs";
import { openDatastore } from "./datastore-container";
import { DIGEST_PROPERTY, publicationFigures } from "./publication-figures";
import { runTransfer, type TransferContext } from "./run-transfer";

const UPLOAD_BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * The job side of a publish: when the workspace model already has a version with this
 * file's digest, that version is the answer; otherwise the file goes to the workspace's
 * default datastore under LocalUpload/<digest>/ (as Azure ML's own SDK uploads), and only
 * once the upload is committed is the model version created. The upload stages blocks and
 * commits them in one call, so an interrupted one leaves no blob and no version.
 */
export async function runPublish(options: { transferId: string; signal?: AbortSignal; attempt: JobAttempt }): Promise<void> {
  await runTransfer(options, publishVersion);
}

async function publishVersion(context: TransferContext): Promise<void> {
  const { transfer, workspace, client, credential, signal, log, progress } = context;
  const model = transfer.modelId ? await db.model.findUnique({ where: { id: transfer.modelId }, include: { resultOfConversion: { select: { accuracyReport: true } } } }) : null;
  if (!model) throw new AppError("model_not_found", "The model to publish was deleted before the publish ran.");
  const { resourceGroup, workspaceName } = workspace;

  const existing = await findPublished(context, model.digest);
  if (existing) return finish(context, existing, `The workspace already holds this file as ${transfer.azureName}:${existing.name}`);

  const defaults = client.datastores.list(resourceGroup, workspaceName, { isDefault: true });
  const datastore = (await defaults.next()).value?.name ?? "workspaceblobstore";
  const store = await openDatastore(client, workspace, datastore, credential);
  const blobName = `LocalUpload/${model.digest}/${model.fileName}`;
  const blob = store.container.getBlockBlobClient(blobName);
  const size = Number(model.sizeBytes);
  const uploaded = await blob.getProperties().catch((error: { statusCode?: number }) => (error.statusCode === 404 ? null : Promise.reject(error)));
  if (uploaded?.contentLength === size) {
    await log(`${blobName} is already in datastore ${datastore}`);
  } else {
    await log(`Uploading ${model.name}:${model.version} (${size} bytes) to datastore ${datastore} (${store.accountName}/${store.containerName}, ${store.auth}) as ${blobName}`);
    await store.container.createIfNotExists();
    const file = await localArtifact(model.digest);
    const md5 = Buffer.from((await hashFile(file, "md5")).digest, "hex");
    progress(0, size);
    await blob.uploadStream(createReadStream(file), UPLOAD_BLOCK_BYTES, 2, {
      abortSignal: signal,
      blobHTTPHeaders: { blobContentType: "application/octet-stream", blobContentMD5: md5 },
      onProgress: ({ loadedBytes }) => progress(loadedBytes, size),
    });
  }

  const figures = publicationFigures(model, model.resultOfConversion);
  const modelUri = `azureml://subscriptions/${workspace.subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspaceName}/datastores/${datastore}/paths/${blobName}`;
  // Versions are numbered by the container; a version another writer takes first answers 409, and the next number is tried.
  for (let attempt = 0; ; attempt++) {
    const version = await nextVersion(context);
    try {
      const created = await client.modelVersions.createOrUpdate(resourceGroup, workspaceName, transfer.azureName, version, {
        properties: { modelUri, modelType: "custom_model", description: figures.description, tags: figures.tags, properties: figures.properties },
      });
      return finish(context, created, `Created ${transfer.azureName}:${created.name ?? version} in ${workspaceName}`);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 409 || attempt >= 2) throw error;
      await log(`Version ${version} of ${transfer.azureName} was taken meanwhile; trying the next`, "warn");
    }
  }
}

/** The version of the workspace model carrying this digest, if any (a 404 means the model has no versions yet). */
async function findPublished({ client, workspace, transfer }: TransferContext, digest: string): Promise<ModelVersion | null> {
  try {
    const pages = client.modelVersions.list(workspace.resourceGroup, workspace.workspaceName, transfer.azureName, { properties: `${DIGEST_PROPERTY}=${digest}` });
    for await (const version of pages) if (version.properties.properties?.[DIGEST_PROPERTY] === digest) return version;
    return null;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}

async function nextVersion({ client, workspace, transfer }: TransferContext): Promise<string> {
  try {
    const container = await client.modelContainers.get(workspace.resourceGroup, workspace.workspaceName, transfer.azureName);
    return container.properties.nextVersion ?? String(Number(container.properties.latestVersion ?? 0) + 1);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return "1";
    throw error;
  }
}

async function finish({ transfer, log }: TransferContext, version: ModelVersion, message: string): Promise<void> {
  await db.azureTransfer.update({
    where: { id: transfer.id },
    data: { state: "Succeeded", error: null, azureVersion: version.name ?? null, assetId: version.id ?? null, modelUri: version.properties.modelUri ?? null, finishedAt: new Date() },
  });
  await log(message);
}
