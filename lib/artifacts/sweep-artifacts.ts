import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { tmpDir } from "./paths";

/**
 * Garbage-collects what a crash can leave behind: staging files older than `minAgeMs`
 * (an upload in flight is younger) and stored files no row refers to (a process killed
 * between moving a file into place and committing its row). Run by the worker at start
 * and periodically.
 */
export async function sweepArtifacts(options: { minAgeMs?: number } = {}): Promise<{ removed: string[] }> {
  const minAgeMs = options.minAgeMs ?? 60 * 60 * 1000;
  const now = Date.now();
  const removed: string[] = [];
  const isOld = async (file: string) => now - (await stat(file)).mtimeMs >= minAgeMs;

  for (const name of await readdir(tmpDir()).catch(() => [] as string[])) {
    const file = path.join(tmpDir(), name);
    if (await isOld(file).catch(() => false)) {
      await rm(file, { force: true, recursive: true });
      removed.push(file);
    }
  }

  const root = path.join(env().ARTIFACT_DIR, "sha256");
  const referenced = await referencedDigests();
  for (const fanout of await readdir(root).catch(() => [] as string[])) {
    for (const rest of await readdir(path.join(root, fanout)).catch(() => [] as string[])) {
      const file = path.join(root, fanout, rest);
      if (!referenced.has(fanout + rest) && (await isOld(file).catch(() => false))) {
        await rm(file, { force: true });
        removed.push(file);
      }
    }
  }
  return { removed };
}

async function referencedDigests(): Promise<Set<string>> {
  const [models, images] = await Promise.all([
    db.model.findMany({ select: { digest: true } }),
    db.image.findMany({ select: { digest: true }, where: { digest: { not: null } } }),
  ]);
  return new Set([...models.map((m) => m.digest), ...images.map((i) => i.digest!)]);
}
