import { readFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { describe, expect, it } from "vitest";
import { decodeOnnxModel } from "./decode-onnx-model";
import { inferShapes } from "./infer-shapes";
import { dataTypeCode } from "./data-types";
import { inspectOnnxFile } from "./inspect-onnx-file";
import { makeTinyModel, node, valueInfo } from "./make-tiny-model";
import type { OnnxModel } from "./model-proto-types";
import { summarizeOnnxModel } from "./summarize-graph";

const MODELS = path.resolve(import.meta.dirname, "../../../shared/data/models");
const load = (file: string) => decodeOnnxModel(readFileSync(path.join(MODELS, file)));

/** Inference alone (no value_info fallback) must reach every declared graph output shape. */
function expectOutputsInferred(model: OnnxModel, batchSize: number, expected: number[][]) {
  const inference = inferShapes({ model, batchSize, useValueInfo: false });
  expect(model.graph.output.map((o) => inference.values.get(o.name!)?.shape)).toEqual(expected);
  expect(inference.conflicts).toEqual([]);
  expect(inference.unknownOps).toEqual([]);
}

describe("summarizeOnnxModel on the real models", () => {
  it("MobileNetV2 int8 (QLinearConv, com.microsoft ops, a Shape→Reshape chain)", async () => {
    const summary = await inspectOnnxFile({ path: path.join(MODELS, "mobilenetv2-12-int8.onnx") });
    expect(summary.inputs).toEqual([{ name: "input", dtype: "float32", shape: ["batch_size", 3, 224, 224] }]);
    expect(summary.outputs).toEqual([{ name: "output", dtype: "float32", shape: ["batch_size", 1000] }]);
    expect(summary.irVersion).toBe(7);
    expect(summary.opsetImports).toContainEqual({ domain: "", version: 12 });
    expect(summary.opsetImports).toContainEqual({ domain: "com.microsoft", version: 1 });
    expect(summary.opHistogram).toMatchObject({ QLinearConv: 52, QLinearAdd: 11, QLinearMatMul: 1, QLinearGlobalAveragePool: 1, QuantizeLinear: 1, DequantizeLinear: 2 });
    expect(summary.unknownShapeOps).toEqual([]);
    expect(summary.isMacsComplete).toBe(true);
    // Sandler et al., "MobileNetV2", CVPR 2018, Table 4: 300 M multiply-adds, 3.4 M
    // parameters (torchvision counts 3.50 M). The int8 file folds BatchNorm into conv
    // biases and adds a scale and zero point per tensor, so allow a few percent.
    expect(summary.macs).toBeGreaterThan(270e6);
    expect(summary.macs).toBeLessThan(330e6);
    expect(summary.parameterCount).toBeGreaterThan(3.4e6);
    expect(summary.parameterCount).toBeLessThan(3.6e6);
    expect(summary.macsByOp.QLinearMatMul).toBe(1280 * 1000);
    expect(summary.layers.every((layer) => layer.outputShapes.every((s) => s !== null))).toBe(true);

    const model = load("mobilenetv2-12-int8.onnx");
    expectOutputsInferred(model, 1, [[1, 1000]]);
    expectOutputsInferred(model, 4, [[4, 1000]]);
    expect(summarizeOnnxModel(model, { batchSize: 4 }).macs).toBe(4 * summary.macs);
  });

  for (const [file, dtype] of [["squeezenet1.1-caffe2.onnx", "float32"], ["squeezenet1.1-caffe2-fp16.onnx", "float16"]] as const) {
    it(`SqueezeNet 1.1 (${dtype}): old-opset inputs that repeat initializers, value_info cross-check`, () => {
      const model = load(file);
      const summary = summarizeOnnxModel(model);
      expect(summary.inputs).toEqual([{ name: "data_0", dtype, shape: [1, 3, 224, 224] }]);
      expect(summary.outputs).toEqual([{ name: "softmaxout_1", dtype, shape: [1, 1000, 1, 1] }]);
      expect(summary.opsetImports).toEqual([{ domain: "", version: 7 }]);
      expect(summary.opHistogram).toEqual({ Conv: 26, Relu: 26, MaxPool: 3, Concat: 8, Dropout: 1, GlobalAveragePool: 1, Softmax: 1 });
      // The architecture's published figures: torchvision's squeezenet1_1 has
      // num_params 1,235,496 (26 conv weights + biases, nothing else, so the count is
      // exact) and about 0.35 G multiply-adds; the Conv-only formula gives 349.15 M.
      expect(summary.parameterCount).toBe(1_235_496);
      expect(summary.parameterBytes).toBe(1_235_496 * (dtype === "float32" ? 4 : 2));
      expect(summary.macs).toBeGreaterThanOrEqual(349e6);
      expect(summary.macs).toBeLessThanOrEqual(352e6);
      expect(summary.isMacsComplete).toBe(true);
      // conv1: 64×3×3×3 kernel, stride 2, no padding: 224 → 111; MACs 111·111·64·27.
      expect(summary.layers[0]).toMatchObject({ opType: "Conv", outputShapes: [[1, 64, 111, 111]], macs: 111 * 111 * 64 * 27 });
      // The file's 65 value_info shapes all agree with what inference computes alone.
      expect(model.graph.value_info.length).toBe(65);
      expectOutputsInferred(model, 1, [[1, 1000, 1, 1]]);
    });
  }

  // How long decoding takes is measured by `npm run models:facts`, not asserted here.
  it.each(["mobilenetv2-12-int8.onnx", "squeezenet1.1-caffe2.onnx", "squeezenet1.1-caffe2-fp16.onnx"])(
    "gives the same summary of %s from the model thread pool as in process",
    async (file) => {
      const inProcess = summarizeOnnxModel(decodeOnnxModel(readFileSync(path.join(MODELS, file))));
      const fromThread = await inspectOnnxFile({ path: path.join(MODELS, file) });
      expect(fromThread).toEqual(inProcess);
      expect(fromThread.layers.length).toBeGreaterThan(20);
    },
  );

  it("counts parameters held in typed fields and in external data, and stays plain JSON", () => {
    const bytes = makeTinyModel({
      inputs: [valueInfo("x", ["N", 4])],
      initializers: [
        { name: "w_half", dims: [3, 4], data_type: dataTypeCode("float16"), int32_data: Array(12).fill(0x3c00) },
        { name: "w_int8", dims: [3, 4], data_type: dataTypeCode("int8"), int32_data: Array(12).fill(-1) },
        { name: "b", dims: [3], data_type: dataTypeCode("float32"), float_data: [1, 2, 3] },
        {
          name: "w_ext", dims: [3, 4], data_type: dataTypeCode("float32"), data_location: "EXTERNAL",
          external_data: [{ key: "location", value: "weights.bin" }, { key: "length", value: "48" }],
        },
      ],
      nodes: [
        node("Gemm", ["x", "w_ext", "b"], ["g"], { transB: 1 }),
        node("Gemm", ["x", "w_half"], ["h"], { transB: 1 }),
        node("MatMulInteger", ["x", "w_int8"], ["y"]),
      ],
      outputs: [valueInfo("y", null)],
    });
    const summary = summarizeOnnxModel(decodeOnnxModel(bytes), { batchSize: 2 });
    expect(summary.parameterCount).toBe(12 + 12 + 3 + 12);
    expect(summary.parameterBytes).toBe(24 + 12 + 12 + 48);
    expect(summary.hasExternalData).toBe(true);
    expect(summary.layers.map((l) => l.weightBytes)).toEqual([48 + 12, 24, 12]);
    expect(summary.layers.map((l) => l.macs)).toEqual([2 * 3 * 4, 2 * 3 * 4, null]);
    expect(summary.layers[2].outputShapes).toEqual([null]); // [2,4]·[3,4] does not multiply
    expect(summary.inputs).toEqual([{ name: "x", dtype: "float32", shape: ["N", 4] }]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it("rejects a missing file as a missing artifact (an AppError across the thread), without naming the path", async () => {
    const error = await inspectOnnxFile({ path: path.join(MODELS, "nope.onnx") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "artifact_missing", status: 500 });
    expect((error as AppError).message).not.toContain(MODELS);
  });
});
