import { rm } from "node:fs/promises";
import { logger } from "@/lib/logging";
import { artifactBlobContainer } from "./blob-container";
import { placeArtifactFile } from "./place-artifact-file";
import { uploadArtifactBlob } from "./upload-artifact-blob";

const log = logger("artifacts");

/** A file that has been fully received and hashed, but is not yet in the store. */
export type StagedArtifact = {
  tmpPath: string;
  digest: string;
  sizeBytes: number;
  /**
   * Copies the file to the shared blob store, when one is configured (a no-op otherwise).
   * Call it before the transaction that commits the row: an upload can take minutes,
   * longer than a transaction may stay open; commit then only checks the blob is there.
   */
  upload: () => Promise<void>;
  /**
   * Puts the artifact in the store (idempotent: same digest, same file), called under
   * lockDigest: the blob first (uploaded again if a release or the sweep removed it since
   * upload()), then the local file. Answers the local path.
   */
  commit: () => Promise<string>;
  /** Deletes the staged file, and a blob upload() made that no row needs; does nothing after commit. */
  discard: () => Promise<void>;
};

/** Wraps a staging file whose digest and size are already known. */
export function toStagedArtifact(options: { tmpPath: string; digest: string; sizeBytes: number }): StagedArtifact {
  const { tmpPath, digest, sizeBytes } = options;
  let isCommitted = false;
  let isUploaded = false;
  const upload = async () => {
    const container = await artifactBlobContainer();
    if (!container) return;
    await uploadArtifactBlob({ container, file: tmpPath, digest, sizeBytes });
    isUploaded = true;
  };
  return {
    tmpPath,
    digest,
    sizeBytes,
    upload,
    commit: async () => {
      await upload();
      const target = await placeArtifactFile({ tmpPath, digest, sizeBytes });
      isCommitted = true;
      return target;
    },
    discard: async () => {
      if (isCommitted) return;
      await rm(tmpPath, { force: true });
      // Under the digest's lock, and only if no row refers to it: another upload of the
      // same file may have committed meanwhile. A failure here leaves it to the sweep.
      if (isUploaded) {
        // Imported here: model threads stage files too, and never need the database client.
        const { releaseArtifact } = await import("./release-artifact");
        await releaseArtifact({ digest }).catch((error: Error) => log.warn(`could not remove the blob of ${digest} after a failed write (the sweep will): ${error.message}`));
      }
    },
  };
}
