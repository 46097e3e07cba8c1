import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { quantizeMsFp } from "@/lib/fpga";
import { decodeOnnxModel } from "@/lib/onnx/decode-onnx-model";
import { createInitializerRewriter } from "@/lib/onnx/rewrite-initializers-stream";
import { SHARED_DATA } from "@/lib/scoring/test-helpers";
import { convertOnnxFile } from "./convert-onnx-file";

// The converter on the real models: what changes, what must not, and that streaming in
// any chunk size gives the same bytes.

const SQUEEZENET = path.join(SHARED_DATA, "models", "squeezenet1.1-caffe2.onnx");
const MOBILENET = path.join(SHARED_DATA, "models", "mobilenetv2-12-int8.onnx");
const staged: string[] = [];
afterEach(async () => {
  await Promise.all(staged.splice(0).map((file) => rm(file, { force: true })));
});

async function convert(sourcePath: string, precision: "ms-fp9" | "ms-fp8" | "fp16" | "fp32", blockSize = 1) {
  const result = await convertOnnxFile({ sourcePath, precision, blockSize, stagingName: `test-${Math.random().toString(36).slice(2)}`, metadata: { "accel.precision": precision } });
  staged.push(result.staged.tmpPath);
  return { ...result, bytes: await readFile(result.staged.tmpPath) };
}

const floats = (raw: Uint8Array) => new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));

describe("convertOnnxFile", () => {
  it("at fp32 changes no weight: the file is the source plus its metadata", async () => {
    const source = await readFile(SQUEEZENET);
    const { bytes, weights } = await convert(SQUEEZENET, "fp32");
    expect(weights.quantizedTensors).toBe(0);
    expect(Buffer.compare(bytes.subarray(0, source.length), source)).toBe(0);
    const model = decodeOnnxModel(bytes);
    expect(model.metadata_props).toContainEqual({ key: "accel.precision", value: "fp32" });
  });

  it("at ms-fp9 holds only values ms-fp9 can hold in the featurizer, keeps the head's, and is deterministic", async () => {
    const first = await convert(SQUEEZENET, "ms-fp9", 16);
    const second = await convert(SQUEEZENET, "ms-fp9", 16);
    expect(first.staged.digest).toBe(second.staged.digest);
    expect(first.split.hostOpTypes).toEqual(["Softmax"]);
    const source = decodeOnnxModel(await readFile(SQUEEZENET));
    const converted = decodeOnnxModel(first.bytes);
    const weight = (model: typeof source, name: string) => floats(model.graph.initializer.find((t) => t.name === name)!.raw_data!);
    const before = weight(source, "conv1_w_0");
    const after = weight(converted, "conv1_w_0");
    expect(after).not.toEqual(before);
    // Already on the ms-fp9 grid: quantising each row again changes nothing.
    const rowLength = 3 * 3 * 3;
    for (let row = 0; row < 64; row++) {
      const values = after.slice(row * rowLength, (row + 1) * rowLength);
      expect(quantizeMsFp({ values, format: "ms-fp9", blockSize: 16 }).values).toEqual(values);
    }
    // Biases are vector-unit constants: float16 values.
    const bias = weight(converted, "conv1_b_0");
    for (const value of bias) expect(Math.fround(value)).toBe(value);
    expect(first.weights.maxAbsError).toBeGreaterThan(0);
  });

  it("keeps a QLinear model's integer weights byte for byte", async () => {
    const { bytes, weights } = await convert(MOBILENET, "ms-fp9");
    expect(weights.integerTensors).toBeGreaterThan(100);
    const source = decodeOnnxModel(await readFile(MOBILENET));
    const converted = decodeOnnxModel(bytes);
    const integers = source.graph.initializer.filter((t) => t.data_type === 3); // INT8
    expect(integers.length).toBeGreaterThan(50);
    for (const tensor of integers) {
      const twin = converted.graph.initializer.find((t) => t.name === tensor.name)!;
      expect(Buffer.from(twin.raw_data ?? []).equals(Buffer.from(tensor.raw_data ?? []))).toBe(true);
      expect(twin.int32_data).toEqual(tensor.int32_data);
    }
  });
});

describe("createInitializerRewriter", () => {
  it("gives the same bytes whatever the chunk size", async () => {
    const file = await readFile(SQUEEZENET);
    const run = (chunkBytes: number) => {
      const negate = new Map([0, 3, 10].map((index) => [index, (data: Uint8Array) => data.reverse()] as const));
      const rewriter = createInitializerRewriter({ rewrites: negate });
      const hash = createHash("sha256");
      for (let at = 0; at < file.length; at += chunkBytes) rewriter.write(file.subarray(at, at + chunkBytes), (part) => hash.update(part));
      rewriter.finish();
      return hash.digest("hex");
    };
    const whole = run(file.length);
    expect(run(1 << 20)).toBe(whole);
    expect(run(4093)).toBe(whole);
    expect(run(7)).toBe(whole);
    expect(whole).not.toBe(createHash("sha256").update(file).digest("hex"));
  });

  it("says which planned tensors it never found", () => {
    const rewriter = createInitializerRewriter({ rewrites: new Map([[99_999, () => undefined]]) });
    expect(() => rewriter.finish()).toThrow(/#99999/);
  });
});
