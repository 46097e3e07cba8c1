import { describe, expect, it } from "vitest";
import { CATALOG, getCatalogEntry } from "./catalog";
import { COCO_SSD_PREPROCESSING } from "./coco-ssd-preprocessing";
import { modelPreprocessingOf } from "./find-catalog-entry-by-digest";
import { taskOfPreprocessing } from "./task-of-preprocessing";

describe("taskOfPreprocessing", () => {
  it("gives every catalog entry's own task from the recipe a pull stores", () => {
    for (const entry of CATALOG) expect(taskOfPreprocessing(modelPreprocessingOf(entry)), entry.id).toBe(entry.task);
    expect(taskOfPreprocessing(modelPreprocessingOf(getCatalogEntry("ssd-mobilenet-v1")))).toBe("detection");
    expect(taskOfPreprocessing(modelPreprocessingOf(getCatalogEntry("ssd-resnet34")))).toBe("detection");
  });

  it("makes the converted COCO SSD a detector fed 300 × 300 RGB NHWC floats of 0–255", () => {
    expect(taskOfPreprocessing(COCO_SSD_PREPROCESSING)).toBe("detection");
    expect(COCO_SSD_PREPROCESSING).toMatchObject({ code: "ssd-300", layout: "NHWC", channelOrder: "RGB", dtype: "float32", resize: { mode: "exact", width: 300, height: 300 }, crop: null, scale: 1, mean: null, std: null, labels: "coco-91" });
  });

  it("says nothing of a model without a recipe", () => {
    expect(taskOfPreprocessing(null)).toBeUndefined();
  });
});
