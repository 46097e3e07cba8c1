import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { artifactPath } from "./paths";

/** A file that has been fully received and hashed, but is not yet in the store. */
export type StagedArtifact = {
  tmpPath: string;
  digest: string;
  sizeBytes: number;
  /** Move into the content-addressed store (idempotent: same digest, same file). */
  commit: () => Promise<string>;
  /** Delete the staged file; safe to call after commit (does nothing then). */
  discard: () => Promise<void>;
};

/** Wraps a staging file whose digest and size are already known. */
export function toStagedArtifact(options: { tmpPath: string; digest: string; sizeBytes: number }): StagedArtifact {
  const { tmpPath, digest, sizeBytes } = options;
  let isCommitted = false;
  return {
    tmpPath,
    digest,
    sizeBytes,
    commit: async () => {
      const target = artifactPath(digest);
      await mkdir(path.dirname(target), { recursive: true });
      const existing = await stat(target).catch(() => null);
      if (existing?.size === sizeBytes) await rm(tmpPath, { force: true });
      else await rename(tmpPath, target); // atomic within one filesystem
      isCommitted = true;
      return target;
    },
    discard: async () => {
      if (!isCommitted) await rm(tmpPath, { force: true });
    },
  };
}
