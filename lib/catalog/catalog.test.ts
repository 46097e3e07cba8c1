import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { CATALOG, catalogEntrySchema, getCatalogEntry, P1, P2, type CatalogEntry } from "./index";

const MODELS_DIR = path.resolve(import.meta.dirname, "../../../shared/data/models");

async function digestOf(fileName: string) {
  const filePath = path.join(MODELS_DIR, fileName);
  const bytes = (await stat(filePath)).size;
  const sha256 = createHash("sha256").update(await readFile(filePath)).digest("hex");
  return { bytes, sha256 };
}

describe("CATALOG", () => {
  it("holds every row of CATALOG.md plus the two Caffe2 SqueezeNets", () => {
    expect(CATALOG.map((e) => e.id)).toEqual([
      "resnet50", "resnet50-int8", "resnet152", "densenet121", "densenet121-int8", "vgg16", "vgg16-int8",
      "ssd-resnet34", "ssd-mobilenet-v1", "mobilenetv2", "mobilenetv2-int8", "efficientnet-lite4",
      "squeezenet1.1-caffe2", "squeezenet1.1-caffe2-fp16",
    ]);
  });

  it.each(CATALOG.map((e) => [e.id, e] as const))("%s parses with the schema", (_id, entry) => {
    expect(catalogEntrySchema.parse(entry)).toEqual(entry);
  });

  it("has unique ids, names and file names", () => {
    for (const key of ["id", "name", "fileName"] as const) {
      expect(new Set(CATALOG.map((e) => e[key])).size).toBe(CATALOG.length);
    }
  });

  it("marks exactly the two small models as defaults", () => {
    expect(CATALOG.filter((e) => e.isDefault).map((e) => e.id)).toEqual(["mobilenetv2-int8", "squeezenet1.1-caffe2"]);
  });

  it("lists GitHub first, then Hugging Face, for every zoo file", () => {
    for (const entry of CATALOG.filter((e) => !e.id.startsWith("squeezenet"))) {
      expect(entry.urls[0]).toMatch(/^https:\/\/github\.com\/onnx\/models\/raw\/main\/validated\/.+\.onnx$/);
      expect(entry.urls[0].endsWith(`/${entry.fileName}`)).toBe(true);
      const repo = entry.fileName.replace(/\.onnx$/, "");
      expect(entry.urls[1]).toBe(`https://huggingface.co/onnxmodelzoo/${repo}/resolve/main/${entry.fileName}`);
    }
    expect(getCatalogEntry("squeezenet1.1-caffe2").urls).toEqual([]);
  });

  it.each(["squeezenet1.1-caffe2", "squeezenet1.1-caffe2-fp16", "mobilenetv2-int8"])(
    "%s matches the real file in shared/data/models",
    async (id) => {
      const entry = getCatalogEntry(id);
      expect(await digestOf(entry.fileName)).toEqual({ bytes: entry.bytes, sha256: entry.sha256 });
    },
  );

  it("throws catalog_entry_not_found for an unknown id", () => {
    expect(() => getCatalogEntry("resnet9000")).toThrow(AppError);
    try {
      getCatalogEntry("resnet9000");
    } catch (error) {
      expect((error as AppError).code).toBe("catalog_entry_not_found");
      expect((error as AppError).status).toBe(404);
    }
  });
});

describe("preprocessing specs", () => {
  // value = (raw * scale - mean) / std, mean and std in R, G, B order.
  const apply = (spec: CatalogEntry["preprocessing"], channel: 0 | 1 | 2, raw: number) =>
    (raw * spec.scale - (spec.mean?.[channel] ?? 0)) / (spec.std?.[channel] ?? 1);

  it("P1 is (x/255 - mean)/std with the ImageNet statistics", () => {
    expect(apply(P1, 0, 255)).toBeCloseTo((1 - 0.485) / 0.229, 12);
    expect(apply(P1, 2, 0)).toBeCloseTo(-0.406 / 0.225, 12);
  });

  it("P2 is (x - caffe mean) * 0.017 in BGR, the mean read in B, G, R order from CATALOG.md", () => {
    expect(P2.channelOrder).toBe("BGR");
    expect(P2.verified).toBe(false);
    expect(apply(P2, 0, 200)).toBeCloseTo((200 - 123.68) * 0.017, 12); // red
    expect(apply(P2, 1, 200)).toBeCloseTo((200 - 116.78) * 0.017, 12); // green
    expect(apply(P2, 2, 200)).toBeCloseTo((200 - 103.94) * 0.017, 12); // blue
  });

  it("gives each entry a recipe whose dtype matches its input", () => {
    for (const entry of CATALOG) expect(entry.preprocessing.dtype).toBe(entry.inputs[0].dtype);
    expect(getCatalogEntry("squeezenet1.1-caffe2-fp16").preprocessing).toMatchObject({ code: "caffe2", dtype: "float16" });
    expect(getCatalogEntry("efficientnet-lite4").preprocessing).toMatchObject({ code: "P6", layout: "NHWC" });
  });
});
