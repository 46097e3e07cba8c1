import { describe, expect, it } from "vitest";
import { compareWithTensorflow } from "./compare-with-tensorflow";
import { depthwiseToOihw, foldBatchNorm, hwioToOihw } from "./conv-weights";
import { makeTinyTfGraph, placeholder, seededFloats, tfNode } from "./make-tiny-tf-graph";

// Float32 sums in a different order, and batch-norm scale applied to the weights before
// the sum rather than after it: a few ulps on values of order 1–10.
const TOLERANCE = 1e-5;
const conv = (op: string, name: string, input: string[], extra = {}) => tfNode(op, name, input, { strides: [1, 1, 1, 1], dilations: [1, 1, 1, 1], padding: "SAME", data_format: "NHWC", ...extra });

describe("filter layouts", () => {
  it("moves HWIO to OIHW and depthwise HW·C·M to (C·M)·1·H·W", () => {
    // 1×2 kernel, 2 in, 3 out: value = 100·y + 10·x... encoded as the HWIO flat index.
    const hwio = Float32Array.from({ length: 12 }, (_, k) => k);
    const { values, dims } = hwioToOihw(hwio, [1, 2, 2, 3]);
    expect(dims).toEqual([3, 2, 1, 2]);
    // OIHW[o=1][i=0][0][x=1] is HWIO[0][1][0][1] = (1·2 + 0)·3 + 1 = 7.
    expect(values[((1 * 2 + 0) * 1 + 0) * 2 + 1]).toBe(7);
    const depthwise = depthwiseToOihw(Float32Array.from({ length: 8 }, (_, k) => k), [1, 2, 2, 2]);
    expect(depthwise.dims).toEqual([4, 1, 1, 2]);
    // Output channel c·M + m = 1·2 + 1 = 3 at x = 1 is [0][1][c=1][m=1] = (1·2 + 1)·2 + 1 = 7.
    expect(depthwise.values[3 * 2 + 1]).toBe(7);
  });

  it("translates Conv2D and a depthwise conv with channel multiplier 2 as TensorFlow computes them", async () => {
    const graph = makeTinyTfGraph(
      [placeholder("x", [1, 5, 6, 3]), conv("Conv2D", "conv", ["x", "w"]), conv("DepthwiseConv2dNative", "dw", ["conv", "dw_w"], { strides: [1, 2, 2, 1] })],
      { w: { shape: [3, 2, 3, 4], values: seededFloats(72, 5) }, dw_w: { shape: [3, 3, 4, 2], values: seededFloats(72, 9) } },
    );
    const [result] = await compareWithTensorflow({ graph, feeds: { x: { shape: [1, 5, 6, 3], data: seededFloats(90) } }, outputs: ["dw"] });
    expect(result.tfShape).toEqual([1, 3, 3, 8]);
    expect(result.onnxShape).toEqual([1, 3, 3, 8]);
    expect(result.maxAbsDiff).toBeLessThan(TOLERANCE);
  });
});

describe("batch norm", () => {
  const params = (c: number, seed: number) => ({
    gamma: { shape: [c], values: seededFloats(c, seed) },
    beta: { shape: [c], values: seededFloats(c, seed + 1) },
    mean: { shape: [c], values: seededFloats(c, seed + 2) },
    variance: { shape: [c], values: seededFloats(c, seed + 3).map((v) => v + 1.5) },
  });
  const norm = (name: string, input: string) => tfNode("FusedBatchNorm", name, [input, "gamma", "beta", "mean", "variance"], { epsilon: 1e-3, is_training: false, data_format: "NHWC" });

  it("folds an inference FusedBatchNorm into the conv it alone reads", async () => {
    const graph = makeTinyTfGraph([placeholder("x", [1, 4, 4, 2]), conv("Conv2D", "conv", ["x", "w"]), norm("bn", "conv"), tfNode("Relu6", "out", ["bn"])], { w: { shape: [3, 3, 2, 3], values: seededFloats(54, 2) }, ...params(3, 11) });
    const [result] = await compareWithTensorflow({ graph, feeds: { x: { shape: [1, 4, 4, 2], data: seededFloats(32) } }, outputs: ["out"] });
    expect(result.maxAbsDiff).toBeLessThan(TOLERANCE);
    expect(result.converted.translatedOps).toMatchObject({ Conv2D: 1, FusedBatchNorm: 1 });
    // Folded: one Conv and the Clip, no BatchNormalization node.
    expect(Buffer.from(result.converted.bytes).includes("BatchNormalization")).toBe(false);
  });

  it("does not fold into a conv whose own result is also asked for", async () => {
    const graph = makeTinyTfGraph([placeholder("x", [1, 4, 4, 2]), conv("Conv2D", "conv", ["x", "w"]), norm("bn", "conv")], { w: { shape: [3, 3, 2, 3], values: seededFloats(54, 2) }, ...params(3, 11) });
    const results = await compareWithTensorflow({ graph, feeds: { x: { shape: [1, 4, 4, 2], data: seededFloats(32) } }, outputs: ["conv", "bn"] });
    for (const result of results) expect(result.maxAbsDiff, result.name).toBeLessThan(TOLERANCE);
  });

  it("keeps a batch norm that reads no conv as BatchNormalization", async () => {
    const graph = makeTinyTfGraph([placeholder("x", [1, 4, 4, 3]), tfNode("Relu", "relu", ["x"]), norm("bn", "relu")], params(3, 21));
    const [result] = await compareWithTensorflow({ graph, feeds: { x: { shape: [1, 4, 4, 3], data: seededFloats(48) } }, outputs: ["bn"] });
    expect(result.maxAbsDiff).toBeLessThan(TOLERANCE);
    expect(Buffer.from(result.converted.bytes).includes("BatchNormalization")).toBe(true);
  });

  it("folds the arithmetic right: scale gamma/sqrt(var + eps), bias (b − mean)·scale + beta", () => {
    const folded = foldBatchNorm({ weights: Float32Array.of(1, 2), bias: Float32Array.of(1), outChannels: 1, gamma: Float32Array.of(2), beta: Float32Array.of(0.5), mean: Float32Array.of(3), variance: Float32Array.of(3.99), epsilon: 0.01 });
    expect(Array.from(folded.weights)).toEqual([1, 2]);
    expect(folded.bias[0]).toBeCloseTo(-1.5, 6);
  });
});
