import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeOnnxModel } from "./decode-onnx-model";
import { encodeOnnxModel } from "./encode-onnx-model";
import { makeTinyModel, node, valueInfo } from "./make-tiny-model";

const SHARED = path.resolve(import.meta.dirname, "../../../shared/data");
const squeezenet = readFileSync(path.join(SHARED, "models/squeezenet1.1-caffe2.onnx"));

function decodeError(bytes: Uint8Array): AppError {
  try {
    decodeOnnxModel(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected decodeOnnxModel to throw");
}

/** Deterministic bytes (a linear congruential generator), so the test never flakes. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 24;
  });
}

describe("decodeOnnxModel", () => {
  it("decodes a real model into snake_case objects whose bytes point into the input buffer", () => {
    const copy = new Uint8Array(squeezenet); // a plain Uint8Array, not a Buffer
    const model = decodeOnnxModel(copy);
    expect(model.ir_version).toBe(3);
    expect(model.graph.node[0].op_type).toBe("Conv");
    expect(model.graph.node[0].attribute.map((a) => a.type)).toEqual(["INTS", "INTS", "INTS"]);
    const weight = model.graph.initializer.find((t) => t.name === "conv1_w_0")!;
    expect(weight.dims).toEqual([64, 3, 3, 3]);
    expect(weight.raw_data!.buffer).toBe(copy.buffer);
  });

  it("rejects an empty file with empty_file", () => {
    const error = decodeError(new Uint8Array(0));
    expect(error.code).toBe("empty_file");
    expect(error.message).toMatch(/empty/);
  });

  it("rejects 1 KB of random bytes as not ONNX", () => {
    for (const seed of [1, 2, 3, 42, 1234]) {
      const error = decodeError(pseudoRandomBytes(1024, seed));
      expect(error.code).toBe("invalid_model");
      expect(error.message).toMatch(/^This is not an ONNX model: /);
    }
  });

  it("names a JPEG as a JPEG", () => {
    const error = decodeError(readFileSync(path.join(SHARED, "images/grace_hopper.jpg")));
    expect(error.code).toBe("invalid_model");
    expect(error.message).toBe("This is not an ONNX model: the file looks like a JPEG image.");
  });

  it("names a text file as text", () => {
    const error = decodeError(readFileSync(path.join(SHARED, "images/expected.json")));
    expect(error.code).toBe("invalid_model");
    expect(error.message).toMatch(/text file/);
  });

  it("says a cut-off model is truncated", () => {
    const error = decodeError(squeezenet.subarray(0, Math.floor(squeezenet.length * 0.6)));
    expect(error.code).toBe("invalid_model");
    expect(error.message).toMatch(/^The file is truncated: .*inside the model's graph/);
    // Cut one byte short, the cut lands in the last field (opset_import).
    expect(decodeError(squeezenet.subarray(0, squeezenet.length - 1)).message).toMatch(/truncated.*opset_import/);
  });

  it("rejects protobuf that decodes but is not a usable model", () => {
    const noGraph = encodeOnnxModel({ ir_version: 7, opset_import: [{ domain: "", version: 13 }] });
    expect(decodeError(noGraph).message).toMatch(/no graph/);

    const noIr = encodeOnnxModel({ producer_name: "x", graph: { name: "g" } });
    expect(decodeError(noIr).message).toMatch(/^This is not an ONNX model: its IR version/);

    const noNodes = makeTinyModel({ nodes: [], inputs: [valueInfo("x", [1])], outputs: [valueInfo("x", [1])] });
    expect(decodeError(noNodes).message).toMatch(/no nodes/);

    const noOutputs = makeTinyModel({ nodes: [node("Relu", ["x"], ["y"])], inputs: [valueInfo("x", [1])], outputs: [] });
    expect(decodeError(noOutputs).message).toMatch(/no outputs/);
  });
});
