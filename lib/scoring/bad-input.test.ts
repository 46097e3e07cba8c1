import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { P1 } from "@/lib/catalog";
import { AppError } from "@/lib/errors";
import { makeTinyModel, node, valueInfo } from "@/lib/onnx/make-tiny-model";
import { preprocessImage } from "./preprocess-image";
import { runInference } from "./run-inference";
import { classifyImage } from "./classify-image";
import { getSession } from "./session-cache";
import { LABELS_DIR, makePngBomb, readImage, sharedModel } from "./test-helpers";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("images the scorer refuses", () => {
  it("says a text file is not an image", async () => {
    const error = await failure(preprocessImage({ input: Buffer.from("name,label\ncat,281\n"), spec: P1 }));
    expect(error.code).toBe("invalid_image");
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/not an image.*JPEG, PNG, WebP, GIF, TIFF or AVIF/);
  });

  it("refuses a truncated JPEG (the first half of winml_dog.jpg) instead of scoring its grey half", async () => {
    const jpeg = readImage("winml_dog.jpg");
    const error = await failure(preprocessImage({ input: jpeg.subarray(0, jpeg.length >> 1), spec: P1 }));
    expect(error.code).toBe("invalid_image");
    expect(error.message).toMatch(/damaged or truncated/);
  });

  it("calls zero bytes an empty file", async () => {
    expect((await failure(preprocessImage({ input: Buffer.alloc(0), spec: P1 }))).code).toBe("empty_file");
  });

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const bomb = makePngBomb(); // declares 50000 × 50000 = 2.5 gigapixels
    expect(bomb.length).toBeLessThan(4096);
    const error = await failure(preprocessImage({ input: bomb, spec: P1 }));
    expect(error.code).toBe("image_too_large");
    expect(error.status).toBe(413);
    // The size in the message comes from the header alone: decoding 2.5 GB of pixels
    // would have failed on memory or on the compressed rows, which end after 16.
    expect(error.message).toBe("The image is 50000×50000 pixels (2500 megapixels); the scorer accepts at most 100 megapixels.");
  });

  it("applies a caller's lower pixel limit, naming the image's size", async () => {
    const error = await failure(preprocessImage({ input: readImage("winml_dog.jpg"), spec: P1, maxPixels: 1_000_000 }));
    expect(error.code).toBe("image_too_large");
    expect(error.message).toMatch(/1080×1080 pixels \(1\.17 megapixels\).*at most 1 megapixels/);
  });

  it("refuses SVG, which is a document rather than a photo", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><rect width="300" height="300" fill="red"/></svg>');
    const error = await failure(preprocessImage({ input: svg, spec: P1 }));
    expect(error.code).toBe("invalid_image");
    expect(error.message).toMatch(/SVG/);
  });
});

describe("models the scorer refuses", () => {
  async function tinyModelFile(): Promise<string> {
    // A valid ONNX model whose input is a [1, 10] vector: runnable, but not an image classifier.
    const bytes = makeTinyModel({
      nodes: [node("Relu", ["features"], ["scores"])],
      inputs: [valueInfo("features", [1, 10])],
      outputs: [valueInfo("scores", [1, 10])],
    });
    const file = path.join(await mkdtemp(path.join(tmpdir(), "scoring-")), "vector.onnx");
    await writeFile(file, bytes);
    return file;
  }

  it("explains that a [1, 10] input is not an image tensor", async () => {
    const modelPath = await tinyModelFile();
    const model = { digest: `vector-${randomUUID()}`, path: modelPath, preprocessing: P1, outputKind: "logits" as const };
    const error = await failure(classifyImage({ image: readImage("winml_dog.jpg"), model, labelsDir: LABELS_DIR }));
    expect(error.code).toBe("unsupported_model");
    expect(error.status).toBe(422);
    expect(error.message).toBe(`The model's input "features" has shape [1, 10], which is not an image tensor ([N, 3, H, W] or [N, H, W, 3]).`);
  });

  it("names the mismatch when a recipe gives float32 to a float16 model", async () => {
    const fp16 = sharedModel("squeezenet1.1-caffe2-fp16");
    const session = await getSession({ digest: fp16.digest, modelPath: fp16.path });
    const { tensor } = await preprocessImage({ input: readImage("winml_dog.jpg"), spec: { ...fp16.preprocessing, dtype: "float32" } });
    const error = await failure(runInference({ session, tensor }));
    expect(error.code).toBe("unsupported_model");
    expect(error.message).toMatch(/takes float16 values, but its preprocessing produces float32/);
  });

  it("names the mismatch when a recipe's size differs from the model's", async () => {
    const squeezenet = sharedModel("squeezenet1.1-caffe2");
    const session = await getSession({ digest: squeezenet.digest, modelPath: squeezenet.path });
    const spec = { ...squeezenet.preprocessing, crop: { width: 299, height: 299 }, resize: { mode: "shorter-side" as const, size: 320 } };
    const { tensor } = await preprocessImage({ input: readImage("winml_dog.jpg"), spec });
    const error = await failure(runInference({ session, tensor }));
    expect(error.message).toMatch(/\[1, 3, 224, 224\], but its preprocessing produces \[1, 3, 299, 299\]/);
  });
});
