import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { artifactBlobName, type ArtifactBlobContainer } from "./blob-container";
import { toBlobStoreError } from "./to-blob-store-error";

// 8 MiB blocks: a 2 GiB upload is 256 of the 50,000 blocks a blob may have, and only one
// block is in memory at a time. "Put Block" / "Put Block List":
// https://learn.microsoft.com/rest/api/storageservices/put-block-list
const BLOCK_BYTES = 8 * 1024 * 1024;

/**
 * Copies a hashed local file to the blob sha256/<digest>, unless a blob of that name and
 * size is there already (content addressing: same name, same bytes). The file goes up as
 * blocks, each with its MD5 checked by the service, then one Put Block List makes the
 * blob: a failure before that leaves no blob (staged blocks expire after a week on their
 * own), never a partial one under the artifact's name.
 */
export async function uploadArtifactBlob(options: { container: ArtifactBlobContainer; file: string; digest: string; sizeBytes: number; signal?: AbortSignal }): Promise<"present" | "uploaded"> {
  const { container, file, digest, sizeBytes, signal } = options;
  const name = artifactBlobName(digest);
  const blob = container.client.getBlockBlobClient(name);
  const context = { action: `upload ${name}`, where: container.where };
  try {
    const existing = await blob.getProperties({ abortSignal: signal }).catch((error: { statusCode?: number }) => (error.statusCode === 404 ? null : Promise.reject(error)));
    if (existing?.contentLength === sizeBytes) return "present";
    const handle = await open(file, "r");
    try {
      const buffer = Buffer.allocUnsafe(Math.min(BLOCK_BYTES, Math.max(sizeBytes, 1)));
      const blockIds: string[] = [];
      for (let offset = 0; offset < sizeBytes; ) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, sizeBytes - offset), offset);
        if (bytesRead === 0) throw new Error(`${file} is shorter than its ${sizeBytes} bytes`);
        const block = buffer.subarray(0, bytesRead);
        // Ids of one length within a blob (the service requires it); derived from the
        // index, so a second uploader of the same file stages the same blocks.
        const blockId = Buffer.from(`block-${String(blockIds.length).padStart(8, "0")}`).toString("base64");
        // The buffer is reused once this resolves: the SDK is done with it (retries included).
        await blob.stageBlock(blockId, block, bytesRead, { transactionalContentMD5: createHash("md5").update(block).digest(), abortSignal: signal });
        blockIds.push(blockId);
        offset += bytesRead;
      }
      await blob.commitBlockList(blockIds, { blobHTTPHeaders: { blobContentType: "application/octet-stream" }, abortSignal: signal });
      return "uploaded";
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw toBlobStoreError(error, context);
  }
}
