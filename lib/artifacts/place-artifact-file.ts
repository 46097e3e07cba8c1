import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { artifactPath } from "./paths";

/**
 * Moves a hashed staging file to its content-addressed place in ARTIFACT_DIR (the store,
 * or with a blob store this machine's cache). Idempotent: when a file of that digest and
 * size is there already, the staging file is dropped instead.
 */
export async function placeArtifactFile(options: { tmpPath: string; digest: string; sizeBytes: number }): Promise<string> {
  const { tmpPath, digest, sizeBytes } = options;
  const target = artifactPath(digest);
  await mkdir(path.dirname(target), { recursive: true });
  const existing = await stat(target).catch(() => null);
  if (existing?.size === sizeBytes) await rm(tmpPath, { force: true });
  else await rename(tmpPath, target); // atomic within one filesystem
  return target;
}
