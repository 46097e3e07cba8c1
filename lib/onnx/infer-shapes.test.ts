import { describe, expect, it } from "vitest";
import { decodeOnnxModel } from "./decode-onnx-model";
import { inferShapes } from "./infer-shapes";
import { initializer, makeTinyModel, node, valueInfo, type TinyGraph } from "./make-tiny-model";
import { summarizeOnnxModel } from "./summarize-graph";

/** Decodes a hand-made graph and returns the inferred shape of `name` plus the summary. */
function run(graph: TinyGraph, name = "y", batchSize = 1) {
  const model = decodeOnnxModel(makeTinyModel(graph));
  const inference = inferShapes({ model, batchSize, useValueInfo: false });
  const summary = summarizeOnnxModel(model, { batchSize });
  return { shape: inference.values.get(name)?.shape, inference, summary };
}

const out = (name = "y") => [valueInfo(name, null)];
const weights = (name: string, dims: number[]) => initializer(name, dims);

describe("inferShapes on hand-built graphs", () => {
  it("Conv with asymmetric pads, strides, dilations and groups; symbolic batch takes the batch size", () => {
    // H: (32 + 1 + 2 − 2·(3−1) − 1)/2 + 1 = 16;  W: (32 + 0 + 1 − 3·(3−1) − 1)/1 + 1 = 27
    const graph: TinyGraph = {
      inputs: [valueInfo("x", ["N", 8, 32, 32])],
      initializers: [weights("w", [16, 4, 3, 3])],
      nodes: [node("Conv", ["x", "w"], ["y"], { group: 2, pads: [1, 0, 2, 1], strides: [2, 1], dilations: [2, 3] })],
      outputs: out(),
    };
    const { shape, summary } = run(graph, "y", 3);
    expect(shape).toEqual([3, 16, 16, 27]);
    // MACs = N·Cout·Hout·Wout·(Cin/group)·kH·kW = 3·16·16·27·4·3·3
    expect(summary.layers[0].macs).toBe(3 * 16 * 16 * 27 * 4 * 9);
    expect(summary.layers[0].weightBytes).toBe(16 * 4 * 9 * 4);
    expect(summary.layers[0].activationBytesIn).toBe(3 * 8 * 32 * 32 * 4);
    expect(summary.isMacsComplete).toBe(true);
  });

  it("ConvTranspose: stride·(in−1) + output_padding + kernel − pads, MACs |X|·(Cout/group)·k", () => {
    const { shape, summary } = run({
      inputs: [valueInfo("x", [1, 8, 7, 7])],
      initializers: [weights("w", [8, 4, 3, 3])],
      nodes: [node("ConvTranspose", ["x", "w"], ["y"], { strides: [2, 2], pads: [1, 1, 1, 1], output_padding: [1, 1] })],
      outputs: out(),
    });
    expect(shape).toEqual([1, 4, 14, 14]); // 2·6 + 1 + 3 − 2
    expect(summary.layers[0].macs).toBe(8 * 7 * 7 * 4 * 9);
  });

  it("SAME_UPPER gives ceil(in / stride) for Conv and MaxPool", () => {
    const graph: TinyGraph = {
      inputs: [valueInfo("x", [1, 3, 15, 15])],
      initializers: [weights("w", [8, 3, 3, 3])],
      nodes: [
        node("Conv", ["x", "w"], ["c"], { auto_pad: "SAME_UPPER", strides: [2, 2] }),
        node("MaxPool", ["c"], ["y"], { auto_pad: "SAME_UPPER", kernel_shape: [3, 3], strides: [2, 2] }),
      ],
      outputs: out(),
    };
    const { shape, inference } = run(graph);
    expect(inference.values.get("c")?.shape).toEqual([1, 8, 8, 8]);
    expect(shape).toEqual([1, 8, 4, 4]);
  });

  it("ceil_mode rounds up, and drops a window that would start in the right padding", () => {
    const pool = (size: number, attrs: Record<string, number[] | number>) =>
      run({ inputs: [valueInfo("x", [1, 64, size, size])], nodes: [node("MaxPool", ["x"], ["y"], attrs)], outputs: out() }).shape;
    expect(pool(112, { kernel_shape: [3, 3], strides: [2, 2] })).toEqual([1, 64, 55, 55]);
    expect(pool(112, { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 })).toEqual([1, 64, 56, 56]);
    // 5 wide, k=2, s=2, pads 1+1: ceil(5/2)+1 = 4 windows, but the 4th starts at 6 ≥ 5+1 (padding) → 3.
    expect(pool(5, { kernel_shape: [2, 2], strides: [2, 2], pads: [1, 1, 1, 1], ceil_mode: 1 })).toEqual([1, 64, 3, 3]);
  });

  it("Gemm with transB (and transA) gives [M, N] and M·N·K MACs", () => {
    const graph: TinyGraph = {
      inputs: [valueInfo("a", [4, 64]), valueInfo("at", [64, 4])],
      initializers: [weights("b", [10, 64]), weights("c", [10])],
      nodes: [node("Gemm", ["a", "b", "c"], ["y"], { transB: 1 }), node("Gemm", ["at", "b", "c"], ["z"], { transA: 1, transB: 1 })],
      outputs: out(),
    };
    const { shape, inference, summary } = run(graph);
    expect(shape).toEqual([4, 10]);
    expect(inference.values.get("z")?.shape).toEqual([4, 10]);
    expect(summary.layers.map((l) => l.macs)).toEqual([4 * 10 * 64, 4 * 10 * 64]);
  });

  it("MatMul broadcasts batch dims and counts batch·M·N·K", () => {
    const graph: TinyGraph = {
      inputs: [valueInfo("a", [2, 3, 5, 7])],
      initializers: [weights("b", [3, 7, 11]), weights("v", [7])],
      nodes: [node("MatMul", ["a", "b"], ["y"]), node("MatMul", ["a", "v"], ["z"])],
      outputs: out(),
    };
    const { shape, inference, summary } = run(graph);
    expect(shape).toEqual([2, 3, 5, 11]);
    expect(inference.values.get("z")?.shape).toEqual([2, 3, 5]);
    expect(summary.layers[0].macs).toBe(2 * 3 * 5 * 11 * 7);
    expect(summary.macsByOp.MatMul).toBe(2 * 3 * 5 * 11 * 7 + 2 * 3 * 5 * 7);
  });

  it("Reshape copies 0 dims and solves -1, from an initializer (opset 13) or an attribute (opset 1)", () => {
    const fromInput = run({
      inputs: [valueInfo("x", [2, 3, 4, 5])],
      initializers: [initializer("s", [3], { int64: [0, -1, 5] })],
      nodes: [node("Reshape", ["x", "s"], ["y"])],
      outputs: out(),
    });
    expect(fromInput.shape).toEqual([2, 12, 5]);
    const fromAttr = run({
      opset: 1,
      inputs: [valueInfo("x", [2, 3, 4, 5])],
      nodes: [node("Reshape", ["x"], ["y"], { shape: [-1, 0] })],
      outputs: out(),
    });
    expect(fromAttr.shape).toEqual([40, 3]);
  });

  it("Unsqueeze/Squeeze read axes from the attribute before opset 13 and from an input after", () => {
    const attr = run({ opset: 11, inputs: [valueInfo("x", [3, 4])], nodes: [node("Unsqueeze", ["x"], ["y"], { axes: [0, -1] })], outputs: out() });
    expect(attr.shape).toEqual([1, 3, 4, 1]);
    const input = run({
      opset: 13,
      inputs: [valueInfo("x", [3, 4])],
      initializers: [initializer("axes", [2], { int64: [0, -1] })],
      nodes: [node("Unsqueeze", ["x", "axes"], ["u"]), node("Squeeze", ["u", "axes"], ["y"])],
      outputs: out(),
    });
    expect(input.inference.values.get("u")?.shape).toEqual([1, 3, 4, 1]);
    expect(input.shape).toEqual([3, 4]);
  });

  it("folds Shape → Gather → Unsqueeze → Concat into a Reshape target, as exporters write Flatten", () => {
    const { shape } = run(
      {
        inputs: [valueInfo("x", ["batch_size", 1280, 1, 1])],
        initializers: [initializer("zero", [], { int64: [0] }), initializer("minus1", [1], { int64: [-1] })],
        nodes: [
          node("Shape", ["x"], ["s"]),
          node("Gather", ["s", "zero"], ["n"], { axis: 0 }),
          node("Unsqueeze", ["n"], ["n1"], { axes: [0] }),
          node("Concat", ["n1", "minus1"], ["target"], { axis: 0 }),
          node("Reshape", ["x", "target"], ["y"]),
        ],
        outputs: out(),
        opset: 12,
      },
      "y",
      4,
    );
    expect(shape).toEqual([4, 1280]);
  });

  it("covers the layout ops: Flatten, Transpose, Concat, Split, Pad, Slice, Resize, global pools", () => {
    const { inference } = run({
      inputs: [valueInfo("x", [1, 6, 10, 12])],
      initializers: [
        initializer("pads", [8], { int64: [0, 0, 1, 2, 0, 0, 3, 4] }),
        initializer("starts", [1], { int64: [2] }),
        initializer("ends", [1], { int64: [-1] }),
        initializer("axes", [1], { int64: [3] }),
        initializer("scales", [4], { floats: [1, 1, 2, 2] }),
      ],
      nodes: [
        node("Flatten", ["x"], ["flat"], { axis: 2 }),
        node("Transpose", ["x"], ["t"], { perm: [0, 2, 3, 1] }),
        node("Concat", ["x", "x"], ["cat"], { axis: 1 }),
        node("Split", ["x"], ["s1", "s2"], { axis: 1 }),
        node("Pad", ["x", "pads"], ["pad"]),
        node("Slice", ["x", "starts", "ends", "axes"], ["slice"]),
        node("Resize", ["x", "", "scales"], ["up"], { mode: "nearest" }),
        node("GlobalAveragePool", ["x"], ["gap"]),
        node("QLinearGlobalAveragePool", ["t", "", "", "", ""], ["qgap"], { channels_last: 1 }, "com.microsoft"),
        node("ReduceMean", ["x"], ["y"], { axes: [2, 3], keepdims: 0 }),
      ],
      outputs: out(),
    });
    const shapeOf = (name: string) => inference.values.get(name)?.shape;
    expect(shapeOf("flat")).toEqual([6, 120]);
    expect(shapeOf("t")).toEqual([1, 10, 12, 6]);
    expect(shapeOf("cat")).toEqual([1, 12, 10, 12]);
    expect([shapeOf("s1"), shapeOf("s2")]).toEqual([[1, 3, 10, 12], [1, 3, 10, 12]]);
    expect(shapeOf("pad")).toEqual([1, 6, 14, 18]);
    expect(shapeOf("slice")).toEqual([1, 6, 10, 9]);
    expect(shapeOf("up")).toEqual([1, 6, 20, 24]);
    expect(shapeOf("gap")).toEqual([1, 6, 1, 1]);
    expect(shapeOf("qgap")).toEqual([1, 1, 1, 6]);
    expect(shapeOf("y")).toEqual([1, 6]);
  });

  it("reports an op it has no rule for, leaves its outputs unknown, and never throws", () => {
    const { inference, summary } = run({
      inputs: [valueInfo("x", [1, 3, 8, 8])],
      initializers: [weights("w", [4, 3, 1, 1])],
      nodes: [node("FancyOp", ["x"], ["f"], {}, "com.example"), node("Relu", ["f"], ["r"]), node("Conv", ["r", "w"], ["y"])],
      outputs: out(),
    });
    expect(inference.unknownOps).toEqual(["com.example:FancyOp"]);
    expect(inference.values.get("f")?.shape).toBeNull();
    expect(summary.unknownShapeOps).toEqual(["com.example:FancyOp"]);
    expect(summary.layers[2].macs).toBeNull();
    expect(summary.isMacsComplete).toBe(false);
  });
});
