import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeOnnxModel } from "./decode-onnx-model";
import { createOnnxSlimmer } from "./slim-onnx-stream";
import { summarizeOnnxModel } from "./summarize-graph";

// The slim form must summarise exactly like the whole file, whatever the chunking, and
// fail exactly like decodeOnnxModel on files that are not whole ONNX models.

const SHARED = path.resolve(import.meta.dirname, "../../../shared/data");
const MODELS = ["mobilenetv2-12-int8.onnx", "squeezenet1.1-caffe2.onnx", "squeezenet1.1-caffe2-fp16.onnx"];

function slim(bytes: Uint8Array, chunkSize: number): Uint8Array {
  const slimmer = createOnnxSlimmer();
  for (let at = 0; at < bytes.length; at += chunkSize) slimmer.write(bytes.subarray(at, at + chunkSize));
  return slimmer.finish();
}

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError");
}

describe("createOnnxSlimmer", () => {
  it.each(MODELS)("keeps all %s's summary while dropping its large weights, at any chunk size", (file) => {
    const bytes = readFileSync(path.join(SHARED, "models", file));
    const whole = summarizeOnnxModel(decodeOnnxModel(bytes));
    // 3 and 7 split tags, lengths and varints across chunks all the time.
    for (const chunkSize of [3, 7, 4096, 65_536, bytes.length]) {
      const slimmed = slim(bytes, chunkSize);
      expect(summarizeOnnxModel(decodeOnnxModel(slimmed))).toEqual(whole);
      expect(slimmed.length).toBeLessThan(bytes.length / 4);
    }
  });

  it.each([
    ["a JPEG", () => readFileSync(path.join(SHARED, "images", "grace_hopper.jpg"))],
    ["a truncated model", () => readFileSync(path.join(SHARED, "models", MODELS[1])).subarray(0, 1_000_000)],
    ["a model missing its last byte", () => { const b = readFileSync(path.join(SHARED, "models", MODELS[1])); return b.subarray(0, b.length - 1); }],
    ["an empty file", () => new Uint8Array(0)],
  ])("refuses %s with decodeOnnxModel's own words", (_label, read) => {
    const bytes = read();
    const expected = failure(() => decodeOnnxModel(bytes));
    const actual = failure(() => slim(bytes, 65_536));
    expect({ code: actual.code, message: actual.message }).toEqual({ code: expected.code, message: expected.message });
  });
});
