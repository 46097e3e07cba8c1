import { describe, expect, it } from "vitest";
import { compareWithTensorflow } from "./compare-with-tensorflow";
import { makeTinyTfGraph, placeholder, seededFloats, tfNode } from "./make-tiny-tf-graph";
import { samePadding } from "./same-padding";

// Float32 sums in a different order: a few ulps on values of order 1–10.
const TOLERANCE = 1e-5;

describe("samePadding", () => {
  it("pads the odd pixel at the bottom/right, as TensorFlow and SAME_UPPER do", () => {
    // 6 → ceil(6/2) = 3 outputs; (3−1)·2 + 3 − 6 = 1 pixel: none on top, one at the bottom.
    expect(samePadding({ padding: "SAME", size: [6, 6], kernel: [3, 3], strides: [2, 2], dilations: [1, 1] })).toEqual([0, 0, 1, 1]);
    // 5 → 3 outputs; (3−1)·2 + 3 − 5 = 2: one each side.
    expect(samePadding({ padding: "SAME", size: [5, 5], kernel: [3, 3], strides: [2, 2], dilations: [1, 1] })).toEqual([1, 1, 1, 1]);
    // Dilation 2 makes a 3×3 kernel span 5: 4 pixels at stride 1.
    expect(samePadding({ padding: "SAME", size: [7, 8], kernel: [3, 3], strides: [1, 1], dilations: [2, 2] })).toEqual([2, 2, 2, 2]);
    expect(samePadding({ padding: "VALID", size: [7, 7], kernel: [3, 3], strides: [2, 2], dilations: [1, 1] })).toEqual([0, 0, 0, 0]);
  });

  it.each([
    { size: 8, stride: 2, dilation: 1, padding: "SAME" },
    { size: 7, stride: 2, dilation: 1, padding: "SAME" },
    { size: 9, stride: 1, dilation: 2, padding: "SAME" },
    { size: 8, stride: 2, dilation: 1, padding: "VALID" },
  ])("Conv2D $padding on $size×$size, stride $stride, dilation $dilation matches TensorFlow", async ({ size, stride, dilation, padding }) => {
    const graph = makeTinyTfGraph(
      [placeholder("x", [-1, size, size, 3]), tfNode("Conv2D", "conv", ["x", "w"], { strides: [1, stride, stride, 1], dilations: [1, dilation, dilation, 1], padding, data_format: "NHWC" })],
      { w: { shape: [3, 3, 3, 4], values: seededFloats(108, 7) } },
    );
    const [result] = await compareWithTensorflow({ graph, feeds: { x: { shape: [1, size, size, 3], data: seededFloats(size * size * 3) } }, outputs: ["conv"] });
    expect(result.onnxShape).toEqual(result.tfShape);
    expect(result.maxAbsDiff).toBeLessThan(TOLERANCE);
  });

  it.each(["MaxPool", "AvgPool"])("%s SAME with stride 2 on an even size averages and maxes over the same windows as TensorFlow", async (op) => {
    const graph = makeTinyTfGraph([placeholder("x", [1, 6, 6, 2]), tfNode(op, "pool", ["x"], { ksize: [1, 3, 3, 1], strides: [1, 2, 2, 1], padding: "SAME", data_format: "NHWC" })], {});
    const [result] = await compareWithTensorflow({ graph, feeds: { x: { shape: [1, 6, 6, 2], data: seededFloats(72, 3) } }, outputs: ["pool"] });
    expect(result.tfShape).toEqual([1, 3, 3, 2]);
    expect(result.maxAbsDiff).toBeLessThan(TOLERANCE);
  });
});
