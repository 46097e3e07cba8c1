import sharp, { type Sharp } from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { preprocessImage } from "./preprocess-image";
import { classifyImage } from "./classify-image";
import { LABELS_DIR, readImage, sharedModel } from "./test-helpers";

// Files in every format the scorer takes, made here with sharp from the shared photos.
// SqueezeNet (float32) is the judge: it is the model least sensitive to small pixel
// differences, so a changed answer means the decoding, not the model, changed.
const model = sharedModel("squeezenet1.1-caffe2");
const GOLDEN_RETRIEVER = 207;
const HOT_DOG = 934;

async function top1(input: Buffer) {
  const result = await classifyImage({ image: input, model, labelsDir: LABELS_DIR });
  return { index: result.top[0].index, input: result.input };
}

describe("image formats", () => {
  let dog: Buffer; // 480×480 8-bit RGB, no metadata
  beforeAll(async () => {
    dog = await sharp(readImage("winml_dog.jpg")).resize(480, 480).png().toBuffer();
  });

  it.each([
    ["WebP", (s: Sharp) => s.webp({ quality: 90 }), "webp"],
    ["TIFF", (s: Sharp) => s.tiff({ compression: "lzw" }), "tiff"],
    ["AVIF", (s: Sharp) => s.avif({ quality: 70, effort: 0 }), "heif"],
    ["16-bit PNG", (s: Sharp) => s.toColourspace("rgb16").png(), "png"],
    ["CMYK JPEG", (s: Sharp) => s.toColourspace("cmyk").jpeg({ quality: 95 }), "jpeg"],
  ])("scores a %s like the original", async (_name, encode, format) => {
    const file = await encode(sharp(dog)).toBuffer();
    const { index, input } = await top1(file);
    expect(input).toEqual({ format, width: 480, height: 480 });
    expect(index).toBe(GOLDEN_RETRIEVER);
  });

  it("reports the source colour space of 16-bit and CMYK files, and makes 8-bit sRGB of them", async () => {
    const sixteen = await preprocessImage({ input: await sharp(dog).toColourspace("rgb16").png().toBuffer(), spec: model.preprocessing });
    expect(sixteen.source.space).toBe("rgb16");
    const cmyk = await preprocessImage({ input: await sharp(dog).toColourspace("cmyk").jpeg().toBuffer(), spec: model.preprocessing });
    expect(cmyk.source).toMatchObject({ space: "cmyk", channels: 4 });
    const plain = await preprocessImage({ input: dog, spec: model.preprocessing });
    // Same picture: the BGR 0–255 tensors differ by the sRGB → CMYK → sRGB round trip
    // through sharp's CMYK profile (gamut clipping; measured 7.6 grey levels on average).
    // Naive CMYK (no ICC, or inverted Adobe CMYK) lands tens of levels away.
    let diff = 0;
    for (let i = 0; i < plain.tensor.data.length; i++) diff += Math.abs(plain.tensor.data[i] - cmyk.tensor.data[i]);
    expect(diff / plain.tensor.data.length).toBeLessThan(12);
    // 16-bit samples are resized at 16 bits and only then reduced to 8: ±1 level at most.
    let worst = 0;
    for (let i = 0; i < plain.tensor.data.length; i++) worst = Math.max(worst, Math.abs(plain.tensor.data[i] - sixteen.tensor.data[i]));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it("spreads a grayscale JPEG over three equal channels", async () => {
    const gray = await sharp(dog).toColourspace("b-w").jpeg().toBuffer();
    const { tensor, source } = await preprocessImage({ input: gray, spec: model.preprocessing });
    expect(source).toMatchObject({ format: "jpeg", channels: 1, space: "b-w" });
    const plane = 224 * 224;
    for (const i of [0, 777, plane - 1]) {
      expect(tensor.data[i]).toBe(tensor.data[plane + i]);
      expect(tensor.data[i]).toBe(tensor.data[2 * plane + i]);
    }
    expect(Number.isInteger((await top1(gray)).index)).toBe(true);
  });

  it("uses the first frame of an animated GIF", async () => {
    // 300×300 frames keep GIF's palette quantisation quick.
    const frame = (name: string) => sharp(readImage(name)).resize(300, 300).png().toBuffer();
    const [smallDog, hotDog] = await Promise.all([frame("winml_dog.jpg"), frame("coral_hot_dog.jpg")]);
    const gif = await sharp([smallDog, hotDog], { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    expect((await top1(gif)).index).toBe(GOLDEN_RETRIEVER);
    const reversed = await sharp([hotDog, smallDog], { join: { animated: true } }).gif().toBuffer();
    expect((await top1(reversed)).index).toBe(HOT_DOG);
  });

  it("turns a photo stored sideways with EXIF orientation 6 upright", async () => {
    const upright = readImage("coral_hot_dog.jpg"); // 512×384 landscape
    // Pixels stored rotated 90° anticlockwise; orientation 6 tells viewers to turn them clockwise.
    const sideways = await sharp(upright).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    expect(await sharp(sideways).metadata()).toMatchObject({ width: 384, height: 512, orientation: 6 });
    const { source } = await preprocessImage({ input: sideways, spec: model.preprocessing });
    expect(source).toMatchObject({ width: 512, height: 384, orientation: 6 });
    expect((await top1(sideways)).index).toBe((await top1(upright)).index);
    expect((await top1(upright)).index).toBe(HOT_DOG);
  });

  it("sniffs the content, not the name: the JPEG named winml_kitten.png is a JPEG", async () => {
    expect((await top1(readImage("winml_kitten.png"))).input.format).toBe("jpeg");
  });

  it("converts a Display P3 photo to sRGB through its embedded ICC profile", async () => {
    const srgb = await sharp(readImage("coral_parrot.jpg")).resize(480).png().toBuffer();
    const p3 = await sharp(srgb).withIccProfile("p3").png().toBuffer();
    const meanDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let sum = 0;
      for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
      return sum / a.length;
    };
    // The file stores other numbers for the same colours (measured 3.3 levels apart)…
    const stored = await sharp(p3).keepIccProfile().raw().toBuffer();
    expect(meanDiff(stored, await sharp(srgb).raw().toBuffer())).toBeGreaterThan(2);
    // …which the pipeline maps back onto the sRGB picture (measured 0.1).
    const [a, b] = await Promise.all([srgb, p3].map((input) => preprocessImage({ input, spec: model.preprocessing })));
    expect(meanDiff(a.tensor.data, b.tensor.data)).toBeLessThan(0.5);
  });

  it("composites transparent pixels onto white", async () => {
    const clear = await sharp({ create: { width: 300, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const { tensor } = await preprocessImage({ input: clear, spec: model.preprocessing });
    expect(new Set(tensor.data)).toEqual(new Set([255]));
  });
});
