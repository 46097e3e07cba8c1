import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cocoIdOfContiguous, loadCocoLabels } from "./load-coco-labels";

describe("loadCocoLabels", () => {
  it("reads ../shared's COCO names by category id, and maps an 80-class model's numbers onto those ids", async () => {
    const labels = await loadCocoLabels();
    expect(labels.source).toMatch(/coco-labels\.json$/);
    expect(labels.names).toMatchObject({ "1": "person", "18": "dog", "58": "hot dog" });
    expect(Object.keys(labels.names)).toHaveLength(80);
    expect(await loadCocoLabels()).toBe(labels); // cached
    // COCO has no category 12: the 12th of the 80 is 13 (stop sign), the 80th is 90 (toothbrush).
    expect([1, 11, 12, 80].map((n) => cocoIdOfContiguous(labels, n))).toEqual([1, 11, 13, 90]);
  });

  it('without the file names nothing (class i is then "class i"); a malformed one is an error', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "coco-labels-"));
    try {
      expect(await loadCocoLabels({ dir })).toEqual({ names: {}, source: null });
      await writeFile(path.join(dir, "coco-labels.json"), JSON.stringify(["person"]));
      await expect(loadCocoLabels({ dir })).rejects.toMatchObject({ code: "internal" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
