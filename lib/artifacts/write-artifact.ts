import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import { artifactPath, tmpDir } from "./paths";

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

export async function createStagingPath(): Promise<string> {
  await mkdir(tmpDir(), { recursive: true });
  return path.join(tmpDir(), `${randomUUID()}.part`);
}

/**
 * Streams `source` to a staging file while hashing it; nothing is held in memory.
 * Over `maxBytes` the stream is abandoned, the partial file removed, and a 413 raised.
 */
export async function stageArtifact(options: { source: Readable; maxBytes: number }): Promise<StagedArtifact> {
  const tmpPath = await createStagingPath();
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > options.maxBytes) {
        callback(new AppError("payload_too_large", `The file is larger than the limit of ${options.maxBytes} bytes.`, { limitBytes: options.maxBytes }));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(options.source, meter, createWriteStream(tmpPath, { flags: "wx" }));
  } catch (error) {
    await rm(tmpPath, { force: true });
    throw error;
  }
  return stagedFromFile(tmpPath, hash.digest("hex"), size);
}

export function stagedFromFile(tmpPath: string, digest: string, sizeBytes: number): StagedArtifact {
  let committed = false;
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
      committed = true;
      return target;
    },
    discard: async () => {
      if (!committed) await rm(tmpPath, { force: true });
    },
  };
}
