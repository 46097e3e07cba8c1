import { beforeEach, expect } from "vitest";
import { db } from "@/lib/db";
import { listArtifactFiles } from "./helpers";

/**
 * For tests of refused uploads: takes the model rows and stored files before each test,
 * and checks that nothing was added or left behind. `snapshot` takes them again mid-test.
 */
export function watchRegistryUnchanged() {
  let before: { rows: number; files: string[] } = { rows: 0, files: [] };
  const snapshot = async () => {
    before = { rows: await db.model.count(), files: await listArtifactFiles() };
  };
  beforeEach(snapshot);
  const expectUnchanged = async () => {
    expect(await db.model.count()).toBe(before.rows);
    expect(await listArtifactFiles()).toEqual(before.files);
  };
  return { snapshot, expectUnchanged };
}
