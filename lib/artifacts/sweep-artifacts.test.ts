import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { artifactPath, sweepArtifacts, tmpDir } from "./index";

// Real files in the per-file ARTIFACT_DIR of tests/setup-file.ts, a real database.

afterAll(disconnectDb);

const HOUR_MS = 60 * 60 * 1000;

async function writeAged(file: string, ageMs: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, randomBytes(64));
  const when = new Date(Date.now() - ageMs);
  await utimes(file, when, when);
}

const randomDigest = () => createHash("sha256").update(randomBytes(16)).digest("hex");

describe("sweepArtifacts", () => {
  it("removes an old staging file and keeps a young one (an upload in flight)", async () => {
    const old = path.join(tmpDir(), "old.part");
    const young = path.join(tmpDir(), "young.part");
    await writeAged(old, 2 * HOUR_MS);
    await writeAged(young, 60_000);
    const { removed } = await sweepArtifacts({ minAgeMs: HOUR_MS });
    expect(removed).toContain(old);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });

  it("removes an old stored file no row refers to, and keeps a referenced one and a young one", async () => {
    const [orphan, referenced, fresh] = [randomDigest(), randomDigest(), randomDigest()];
    await writeAged(artifactPath(orphan), 2 * HOUR_MS);
    await writeAged(artifactPath(referenced), 2 * HOUR_MS);
    await writeAged(artifactPath(fresh), 1000);
    await db.model.create({
      data: { name: "sweep-kept", version: 1, digest: referenced, sizeBytes: 64n, inputs: [], outputs: [], graph: {} },
    });
    const { removed } = await sweepArtifacts({ minAgeMs: HOUR_MS });
    expect(removed).toContain(artifactPath(orphan));
    expect(existsSync(artifactPath(orphan))).toBe(false);
    expect(existsSync(artifactPath(referenced))).toBe(true);
    expect(existsSync(artifactPath(fresh))).toBe(true);
  });

  it("rejects when the store is not what it should be (tmp is a regular file)", async () => {
    await rm(tmpDir(), { recursive: true, force: true });
    await writeFile(tmpDir(), "not a folder");
    try {
      await expect(sweepArtifacts()).rejects.toMatchObject({ code: "ENOTDIR" });
    } finally {
      await rm(tmpDir(), { force: true });
    }
  });

  it("treats a store that does not exist yet as empty", async () => {
    await rm(tmpDir(), { recursive: true, force: true });
    await expect(sweepArtifacts()).resolves.toEqual({ removed: [] });
  });
});
