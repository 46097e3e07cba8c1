import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Content-addressed layout: ARTIFACT_DIR/sha256/ab/cdef… (the first byte as a fan-out
// folder, as git and OCI blob stores do), and ARTIFACT_DIR/tmp for uploads in flight.

const DIGEST = /^[0-9a-f]{64}$/;

function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

export function artifactPath(digest: string): string {
  if (!isDigest(digest)) throw new Error(`Not a sha256 digest: ${digest}`);
  return path.join(env().ARTIFACT_DIR, "sha256", digest.slice(0, 2), digest.slice(2));
}

export function tmpDir(): string {
  return path.join(env().ARTIFACT_DIR, "tmp");
}

/** A fresh, unused path in the staging folder (the folder is created if need be). */
export async function createStagingPath(): Promise<string> {
  await mkdir(tmpDir(), { recursive: true });
  return namedStagingPath(randomUUID());
}

/**
 * Where a staging file of this name lives. A job names its file after itself, so that a
 * retry after a crash replaces what the killed attempt left (hashed-file-writer.ts).
 */
export function namedStagingPath(name: string): string {
  return path.join(tmpDir(), `${name}.part`);
}
