import { describe, expect, it } from "vitest";
import { makeTinyTfGraph, placeholder, tfNode } from "../to-onnx/make-tiny-tf-graph";
import { runTensorflowReference } from "./run-tensorflow-reference";

describe("runTensorflowReference", () => {
  const graph = makeTinyTfGraph([placeholder("x", [1, 3]), tfNode("Relu", "r", ["x"]), tfNode("Mul", "scaled", ["r", "k"]), tfNode("Neg", "out", ["scaled"])], { k: { shape: [], values: Float32Array.of(2) } });

  it("runs the graph from its Placeholder", async () => {
    const result = await runTensorflowReference({ graph, feeds: { "x:0": { dtype: "float32", shape: [1, 3], data: Float32Array.of(-1, 0.5, 2) } }, outputs: ["out:0", "r"] });
    expect(result["out:0"]).toEqual({ shape: [1, 3], data: Float32Array.of(-0, -1, -4) });
    expect(Array.from(result.r.data)).toEqual([0, 0.5, 2]);
  });

  it("takes a feed at an intermediate tensor, cutting off what computed it", async () => {
    // Fed at r, a negative value passes: the Relu before it does not run.
    const result = await runTensorflowReference({ graph, feeds: { r: { dtype: "float32", shape: [1, 3], data: Float32Array.of(-1, 0.5, 2) } }, outputs: ["out"] });
    expect(Array.from(result.out.data)).toEqual([2, -1, -4]);
  });
});
