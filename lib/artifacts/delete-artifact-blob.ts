import { artifactBlobName, type ArtifactBlobContainer } from "./blob-container";
import { toBlobStoreError } from "./to-blob-store-error";

/** Deletes the blob of a digest if it is there; true when it was. */
export async function deleteArtifactBlob(options: { container: ArtifactBlobContainer; digest: string; signal?: AbortSignal }): Promise<boolean> {
  const name = artifactBlobName(options.digest);
  try {
    const { succeeded } = await options.container.client.deleteBlob(name, { abortSignal: options.signal }).then(
      () => ({ succeeded: true }),
      (error: { statusCode?: number; code?: string }) => (error.statusCode === 404 && error.code === "BlobNotFound" ? { succeeded: false } : Promise.reject(error)),
    );
    return succeeded;
  } catch (error) {
    throw toBlobStoreError(error, { action: `delete ${name}`, where: options.container.where });
  }
}
