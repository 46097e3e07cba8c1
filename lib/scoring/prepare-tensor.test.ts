import { describe, expect, it } from "vitest";
import { CAFFE2, P1, P6, type PreprocessingSpec } from "@/lib/catalog";
import { fromFloat16Bits } from "./float16";
import { planGeometry } from "./plan-geometry";
import { writeTensor } from "./write-tensor";

describe("planGeometry", () => {
  // Sizes and crop offsets printed by torchvision's arithmetic run through PIL 9.4 on
  // the shared images: Resize(256) then CenterCrop(224).
  it.each([
    [512, 343, 382, 256, 79, 16], // coral_bird.png
    [512, 384, 341, 256, 58, 16], // coral_hot_dog.jpg: (341 − 224) / 2 = 58.5 rounds to even
    [512, 340, 385, 256, 80, 16], // coral_sunflower.png: 80.5 → 80
    [512, 929, 256, 464, 16, 120], // coral_parrot.jpg, portrait
    [517, 606, 256, 300, 16, 38], // grace_hopper.jpg
    [224, 224, 256, 256, 16, 16], // winml_fish.png, enlarged
  ])("%i×%i → resize %i×%i, crop at (%i, %i)", (width, height, rw, rh, left, top) => {
    expect(planGeometry({ width, height, spec: P1 })).toEqual({
      resize: { width: rw, height: rh },
      crop: { left, top, width: 224, height: 224 },
      width: 224,
      height: 224,
    });
  });

  it("keeps the image as it is for resize none, and stretches for exact", () => {
    const none: PreprocessingSpec = { ...P1, resize: { mode: "none" }, crop: null };
    expect(planGeometry({ width: 640, height: 480, spec: none })).toEqual({ resize: null, crop: null, width: 640, height: 480 });
    const exact: PreprocessingSpec = { ...P1, resize: { mode: "exact", width: 1200, height: 1200 }, crop: null };
    expect(planGeometry({ width: 640, height: 480, spec: exact }).resize).toEqual({ width: 1200, height: 1200 });
  });

  it("refuses an image smaller than an uncropped model's crop", () => {
    const none: PreprocessingSpec = { ...P1, resize: { mode: "none" } };
    expect(() => planGeometry({ width: 100, height: 80, spec: none })).toThrow(/smaller than the 224×224/);
  });
});

describe("writeTensor", () => {
  // Two pixels: pure-ish red (200, 10, 30) and (0, 128, 255).
  const pixels = Uint8Array.of(200, 10, 30, 0, 128, 255);

  it("applies (raw · scale − mean) / std per colour in NCHW RGB (P1)", () => {
    const t = writeTensor({ pixels, width: 2, height: 1, spec: P1 });
    expect(t.dims).toEqual([1, 3, 1, 2]);
    const expected = [
      (200 / 255 - 0.485) / 0.229, (0 / 255 - 0.485) / 0.229,
      (10 / 255 - 0.456) / 0.224, (128 / 255 - 0.456) / 0.224,
      (30 / 255 - 0.406) / 0.225, (255 / 255 - 0.406) / 0.225,
    ];
    expect(Array.from(t.data)).toEqual(expected.map(Math.fround));
  });

  it("writes blue first for BGR models (Caffe2), unnormalised", () => {
    const t = writeTensor({ pixels, width: 2, height: 1, spec: CAFFE2 });
    expect(Array.from(t.data)).toEqual([30, 255, 10, 128, 200, 0]);
  });

  it("interleaves channels for NHWC (P6)", () => {
    const t = writeTensor({ pixels, width: 2, height: 1, spec: P6 });
    expect(t.dims).toEqual([1, 1, 2, 3]);
    expect(Array.from(t.data)).toEqual([200, 10, 30, 0, 128, 255].map((v) => (v - 127) / 128));
  });

  it("packs float16 bits and uint8 samples", () => {
    const half = writeTensor({ pixels, width: 2, height: 1, spec: { ...CAFFE2, dtype: "float16" } });
    expect(half.data).toBeInstanceOf(Uint16Array);
    expect(Array.from(half.data, fromFloat16Bits)).toEqual([30, 255, 10, 128, 200, 0]);
    const bytes = writeTensor({ pixels, width: 2, height: 1, spec: { ...P6, dtype: "uint8", mean: null, std: null } });
    expect(bytes.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.data)).toEqual([200, 10, 30, 0, 128, 255]);
  });
});
