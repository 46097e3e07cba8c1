import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ModelVersion } from "@azure/arm-machinelearning";
import type { BlobClient } from "@azure/storage-blob";
import { writeHashedFile, type StagedArtifact } from "@/lib/artifacts";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { JobAttempt } from "@/lib/jobs";
import { registerModel } from "@/lib/models";
import { openDatastore } from "./datastore-container";
import { findModelBlob } from "./find-model-blob";
import { parseModelUri } from "./model-uri";
import { runTransfer, type TransferContext } from "./run-transfer";
import { portalUrl } from "./workspaces";

/**
 * The job side of an import: read the version from the workspace, find its ONNX file in
 * the datastore its modelUri names, download it with progress (resuming a connection
 * that breaks), check it against the blob's MD5 and as an ONNX graph, and register it as
 * a local model version carrying its provenance. A version already imported is not
 * registered twice, even when a worker died between registering and recording it.
 */
export async function runImport(options: { transferId: string; signal?: AbortSignal; attempt: JobAttempt }): Promise<void> {
  await runTransfer(options, importVersion);
}

async function importVersion({ transfer, workspace, client, credential, signal, log, progress }: TransferContext): Promise<void> {
  const version = transfer.azureVersion ?? "";
  const label = `${transfer.azureName}:${version}`;
  const assetKey = (transfer.assetId ?? "").toLowerCase();
  if (await finishIfImported(transfer.id, assetKey, log)) return;

  const found: ModelVersion = await client.modelVersions.get(workspace.resourceGroup, workspace.workspaceName, transfer.azureName, version).catch((error: { statusCode?: number }) => {
    if (error.statusCode === 404) throw new AppError("azure_model_not_found", `Workspace ${workspace.workspaceName} has no model version ${label}.`);
    throw error;
  });
  const modelType = found.properties.modelType ?? null;
  const describe = `${label} (${modelType ?? "no type"})`;
  const flavors = Object.keys(found.properties.flavors ?? {});
  if (modelType === "mlflow_model" && flavors.length > 0 && !flavors.includes("onnx")) {
    throw new AppError("unsupported_model", `${label} is an mlflow_model with flavors ${flavors.join(", ")} and no onnx flavor; the registry takes ONNX models.`, { modelType, flavors });
  }
  const modelUri = found.properties.modelUri;
  if (!modelUri) throw new AppError("unsupported_model", `${describe} has no modelUri: there are no files to import.`);
  const where = parseModelUri(modelUri, workspace);
  await db.azureTransfer.update({ where: { id: transfer.id }, data: { modelUri, assetId: found.id ?? transfer.assetId } });

  const store = await openDatastore(client, workspace, where.datastore, credential);
  const blob = await findModelBlob(store.container, where.path, describe);
  await log(`Downloading ${blob.name} (${blob.sizeBytes} bytes) from datastore ${store.datastore} (${store.accountName}/${store.containerName}, ${store.auth})`);
  progress(0, blob.sizeBytes);
  const staged = await download(store.container.getBlobClient(blob.name), blob, signal, progress, log);
  try {
    await log(`Verified ${blob.contentMd5 ? "Content-MD5 and " : ""}size; sha256 ${staged.digest.slice(0, 12)}…`);
    await registerModel({
      staged,
      name: localName(transfer.azureName),
      description: found.properties.description ?? "",
      tags: { ...stringTags(found.properties.tags), "azureml.workspace": workspace.workspaceName, "azureml.model": label },
      fileName: blob.name.split("/").at(-1),
      azure: {
        assetKey,
        source: {
          workspaceId: workspace.id, subscriptionId: workspace.subscriptionId, resourceGroup: workspace.resourceGroup, workspaceName: workspace.workspaceName,
          name: transfer.azureName, version, assetId: found.id ?? transfer.assetId ?? "", modelUri, modelType,
          portalUrl: portalUrl(workspace, `model/${encodeURIComponent(transfer.azureName)}:${encodeURIComponent(version)}/details`),
        },
      },
      // The transfer ends in the transaction that registers the model: never one without the other.
      onRegistered: async (tx, row) => {
        await tx.azureTransfer.update({ where: { id: transfer.id }, data: { state: "Succeeded", error: null, modelId: row.id, bytesDone: BigInt(staged.sizeBytes), bytesTotal: BigInt(staged.sizeBytes), finishedAt: new Date() } });
        await tx.resourceLog.create({ data: { resourceKind: "azure_transfer", resourceId: transfer.id, message: `Registered ${row.name}:${row.version}` } });
      },
    });
  } catch (error) {
    // Another import of the same version won the race (its key is unique): this one is that one.
    if ((error as { code?: string }).code === "P2002" && (await finishIfImported(transfer.id, assetKey, log))) return;
    throw error;
  } finally {
    await staged.discard();
  }
}

const MAX_RESUMES = 5;

/**
 * Streams the blob into the store's staging area. A connection that breaks off is resumed
 * from the byte it stopped at, up to 5 times: storage-blob's own resuming stream gives up
 * on Node's "aborted" event, which is exactly how a dropped connection shows.
 */
async function download(blobClient: BlobClient, blob: { name: string; sizeBytes: number; contentMd5: Buffer | null }, signal: AbortSignal | undefined, progress: TransferContext["progress"], log: TransferContext["log"]): Promise<StagedArtifact> {
  const md5 = createHash("md5");
  let received = 0;
  async function* ranges() {
    for (let resumes = 0; ; resumes++) {
      try {
        const response = await blobClient.download(received, undefined, { abortSignal: signal, maxRetryRequests: 0 });
        for await (const chunk of response.readableStreamBody as Readable) {
          received += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
        if (received >= blob.sizeBytes) return;
        throw new Error(`the response ended at ${received} bytes`);
      } catch (error) {
        if (signal?.aborted || resumes >= MAX_RESUMES) {
          if (signal?.aborted) throw error;
          throw new AppError("azure_unreachable", `The connection to blob storage broke off during the download of ${blob.name} at ${received} of ${blob.sizeBytes} bytes, ${resumes} times resumed and broken again (${(error as Error).message})`);
        }
        await log(`The connection broke off at ${received} of ${blob.sizeBytes} bytes (${(error as Error).message}); resuming from there`, "warn");
      }
    }
  }
  const staged = await writeHashedFile({
    source: Readable.from(ranges()),
    signal,
    onChunk: (chunk) => md5.update(chunk),
    onProgress: ({ bytesDone }) => progress(bytesDone, blob.sizeBytes),
  });
  const isComplete = staged.sizeBytes === blob.sizeBytes && (!blob.contentMd5 || md5.digest().equals(blob.contentMd5));
  if (!isComplete) {
    await staged.discard();
    throw new AppError("digest_mismatch", `The bytes of ${blob.name} do not match the blob's ${staged.sizeBytes === blob.sizeBytes ? "Content-MD5" : `size (${staged.sizeBytes} of ${blob.sizeBytes} bytes)`}: the file in the datastore is corrupt.`);
  }
  return staged;
}

async function finishIfImported(transferId: string, assetKey: string, log: TransferContext["log"]): Promise<boolean> {
  const model = await db.model.findUnique({ where: { azureAssetKey: assetKey }, select: { id: true, name: true, version: true } });
  if (!model) return false;
  await db.azureTransfer.update({ where: { id: transferId }, data: { state: "Succeeded", error: null, modelId: model.id, finishedAt: new Date() } });
  await log(`Already in the registry as ${model.name}:${model.version}`);
  return true;
}

/** Local model names are lower case (lib/models/schemas.ts). */
function localName(azureName: string): string {
  return azureName.toLowerCase().replace(/[^a-z0-9._-]/g, "-").replace(/^[^a-z0-9]+/, "").slice(0, 255) || "azure-model";
}

function stringTags(tags: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(tags ?? {}).map(([k, v]) => [k, v ?? ""]));
}
