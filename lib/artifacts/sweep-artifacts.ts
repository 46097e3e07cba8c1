import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { artifactBlobContainer } from "./blob-container";
import { tmpDir } from "./paths";
import { sweepArtifactBlobs } from "./sweep-artifact-blobs";

/**
 * Garbage-collects what a crash can leave behind: staging files older than `minAgeMs`
 * (an upload in flight is younger) and stored files no row refers to (a process killed
 * between moving a file into place and committing its row). With a blob store, the
 * local files are this machine's cache, trimmed by the same rule, and the blobs no row
 * refers to go too (sweep-artifact-blobs.ts; named by URL in `removed`). Run by the worker
 * at start and periodically.
 */
export async function sweepArtifacts(options: { minAgeMs?: number } = {}): Promise<{ removed: string[] }> {
  const minAgeMs = options.minAgeMs ?? 60 * 60 * 1000;
  const now = Date.now();
  const removed: string[] = [];
  const isOld = async (file: string) => now - (await stat(file)).mtimeMs >= minAgeMs;

  for (const name of await listDir(tmpDir())) {
    const file = path.join(tmpDir(), name);
    if (await isOld(file).catch(() => false)) {
      await rm(file, { force: true, recursive: true });
      removed.push(file);
    }
  }

  const root = path.join(env().ARTIFACT_DIR, "sha256");
  const referenced = await referencedDigests();
  for (const fanout of await listDir(root)) {
    for (const rest of await listDir(path.join(root, fanout))) {
      const file = path.join(root, fanout, rest);
      if (!referenced.has(fanout + rest) && (await isOld(file).catch(() => false))) {
        await rm(file, { force: true });
        removed.push(file);
      }
    }
  }
  const container = await artifactBlobContainer();
  if (container) removed.push(...(await sweepArtifactBlobs({ container, referenced, minAgeMs, now })));
  return { removed };
}

// A folder that does not exist yet (nothing uploaded so far) is empty; any other fault
// (ENOTDIR, EACCES, EIO…) means the store is not what we think, and must be seen.
async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
}

async function referencedDigests(): Promise<Set<string>> {
  const [models, images] = await Promise.all([
    db.model.findMany({ select: { digest: true } }),
    db.image.findMany({ select: { archiveDigest: true }, where: { archiveDigest: { not: null } } }),
  ]);
  return new Set([...models.map((m) => m.digest), ...images.map((i) => i.archiveDigest!)]);
}
