import { db } from "@/lib/db";
import { artifactBlobName, type ArtifactBlobContainer } from "./blob-container";
import { deleteArtifactBlob } from "./delete-artifact-blob";
import { IN_TRANSACTION_TIMEOUT_MS, isDigestReferenced, lockDigest } from "./release-artifact";
import { toBlobStoreError } from "./to-blob-store-error";

const BLOB_NAME = /^sha256\/([0-9a-f]{64})$/;

/**
 * Deletes the blobs no row refers to whose last change is older than `minAgeMs` (an
 * upload whose row is not committed yet is younger): what a process killed between
 * uploading and committing leaves behind. Each deletion re-checks under the digest's lock,
 * as a release does, so a registration reusing an old blob is never left without it
 * (its commit, under the same lock, uploads again what a sweep deleted first).
 */
export async function sweepArtifactBlobs(options: { container: ArtifactBlobContainer; referenced: Set<string>; minAgeMs: number; now: number }): Promise<string[]> {
  const { container, referenced, minAgeMs, now } = options;
  const candidates: string[] = [];
  try {
    for await (const blob of container.client.listBlobsFlat({ prefix: "sha256/" })) {
      const digest = BLOB_NAME.exec(blob.name)?.[1];
      if (digest && !referenced.has(digest) && now - blob.properties.lastModified.getTime() >= minAgeMs) candidates.push(digest);
    }
  } catch (error) {
    throw toBlobStoreError(error, { action: "list sha256/", where: container.where });
  }
  const removed: string[] = [];
  for (const digest of candidates) {
    const isDeleted = await db.$transaction(async (tx) => {
      await lockDigest(tx, digest);
      if (await isDigestReferenced(tx, digest)) return false;
      return deleteArtifactBlob({ container, digest, signal: AbortSignal.timeout(IN_TRANSACTION_TIMEOUT_MS) });
    });
    if (isDeleted) removed.push(`${container.where}/${artifactBlobName(digest)}`);
  }
  return removed;
}
