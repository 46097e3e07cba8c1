import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { readGraphDef } from "./read-graph-def";
import { summarizeTfGraph } from "./summarize-tf-graph";
import { getTensorflowType } from "./tensorflow-root";

const floats = (values: number[]) => Buffer.from(new Float32Array(values).buffer);
const shape = (...dims: number[]) => ({ dim: dims.map((size) => ({ size })) });
const s = (text: string) => ({ s: Buffer.from(text) });
const ints = (...i: number[]) => ({ list: { i } });

// A small frozen graph: conv (SAME, stride 2) → bias → relu6 → reshape → matmul → softmax.
function tinyGraph(extra: object[] = []) {
  return {
    versions: { producer: 1205 },
    node: [
      { name: "x", op: "Placeholder", attr: { dtype: { type: "DT_FLOAT" }, shape: { shape: shape(-1, 8, 8, 3) } } },
      { name: "w", op: "Const", attr: { dtype: { type: "DT_FLOAT" }, value: { tensor: { dtype: "DT_FLOAT", tensorShape: shape(3, 3, 3, 4), tensorContent: floats(Array.from({ length: 108 }, (_, k) => k / 100)) } } } },
      { name: "conv", op: "Conv2D", input: ["x", "w"], attr: { T: { type: "DT_FLOAT" }, padding: s("SAME"), strides: ints(1, 2, 2, 1), data_format: s("NHWC") } },
      // One float_val filling the whole shape, as TensorFlow writes a constant fill.
      { name: "b", op: "Const", attr: { dtype: { type: "DT_FLOAT" }, value: { tensor: { dtype: "DT_FLOAT", tensorShape: shape(4), floatVal: [0.5] } } } },
      { name: "bias", op: "BiasAdd", input: ["conv", "b"], attr: { T: { type: "DT_FLOAT" } } },
      { name: "act", op: "Relu6", input: ["bias"], attr: { T: { type: "DT_FLOAT" } } },
      { name: "to2d", op: "Const", attr: { dtype: { type: "DT_INT32" }, value: { tensor: { dtype: "DT_INT32", tensorShape: shape(2), intVal: [1, 64] } } } },
      { name: "flat", op: "Reshape", input: ["act", "to2d"], attr: { T: { type: "DT_FLOAT" } } },
      { name: "m", op: "Const", attr: { dtype: { type: "DT_FLOAT" }, value: { tensor: { dtype: "DT_FLOAT", tensorShape: shape(64, 2), tensorContent: floats(new Array(128).fill(1)) } } } },
      { name: "logits", op: "MatMul", input: ["flat", "m"], attr: { T: { type: "DT_FLOAT" } } },
      { name: "probs", op: "Softmax", input: ["logits"], attr: { T: { type: "DT_FLOAT" } } },
      ...extra,
    ],
  };
}

const encode = (graph: object, type = "GraphDef") => {
  const Type = getTensorflowType(type);
  return Type.encode(Type.fromObject(graph)).finish();
};

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? `${error.code}: ${error.message}` : `not an AppError: ${String(error)}`;
  }
  return "no error";
};

describe("readGraphDef", () => {
  it("decodes nodes, attributes and Const tensors from tensor_content and typed *_val fields", () => {
    const graph = readGraphDef({ bytes: encode(tinyGraph()) });
    expect(graph).toMatchObject({ format: "graphdef", producer: 1205 });
    expect(graph.nodes.map((n) => n.op)).toEqual(["Placeholder", "Const", "Conv2D", "Const", "BiasAdd", "Relu6", "Const", "Reshape", "Const", "MatMul", "Softmax"]);
    const w = graph.weights.get("w")!;
    expect(w.shape).toEqual([3, 3, 3, 4]);
    expect(w.values[107]).toBeCloseTo(1.07, 5);
    expect(Array.from(graph.weights.get("b")!.values as Float32Array)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(graph.weights.get("to2d")!.values as Int32Array)).toEqual([1, 64]);
  });

  it("summarises: Placeholder inputs, unread outputs, ops, parameters and MACs from inferred shapes", () => {
    const summary = summarizeTfGraph({ graph: readGraphDef({ bytes: encode(tinyGraph()) }) });
    expect(summary.inputs).toEqual([{ name: "x", dtype: "float32", shape: ["?", 8, 8, 3] }]);
    expect(summary.outputs).toEqual([{ name: "probs", dtype: "float32", shape: [1, 2] }]);
    expect(summary.opHistogram).toMatchObject({ Const: 4, Conv2D: 1, MatMul: 1 });
    expect(summary.parameterCount).toBe(108 + 4 + 2 + 128);
    // Conv: 1×4×4×4 outputs × 3·3·3; MatMul: 1×2 outputs × 64.
    expect(summary.macsByOp).toEqual({ Conv2D: 4 * 4 * 4 * 27, MatMul: 2 * 64 });
    expect(summary).toMatchObject({ macs: 1728 + 128, isMacsComplete: true, tensorflow: { format: "graphdef", unsupportedOps: [], hasControlFlow: false } });
  });

  it("flags ops the converter will not handle, and leaves MACs incomplete past an op without a shape rule", () => {
    const extra = [
      { name: "odd", op: "Erf", input: ["act"], attr: { T: { type: "DT_FLOAT" } } },
      { name: "w2", op: "Const", attr: { dtype: { type: "DT_FLOAT" }, value: { tensor: { dtype: "DT_FLOAT", tensorShape: shape(1, 1, 4, 4), floatVal: [1] } } } },
      { name: "conv2", op: "Conv2D", input: ["odd", "w2"], attr: { padding: s("VALID"), strides: ints(1, 1, 1, 1) } },
    ];
    const summary = summarizeTfGraph({ graph: readGraphDef({ bytes: encode(tinyGraph(extra)) }) });
    expect(summary.tensorflow.unsupportedOps).toEqual(["Erf"]);
    expect(summary.unknownShapeOps).toEqual(["Erf"]);
    expect(summary.isMacsComplete).toBe(false);
    expect(summary.outputs.map((o) => o.name)).toEqual(["probs", "conv2"]);
  });

  it("refuses what is not a usable GraphDef with invalid_model", () => {
    const bytes = encode(tinyGraph());
    expect(codeOf(() => readGraphDef({ bytes: bytes.subarray(0, Math.floor(bytes.length * 0.7)) }))).toMatch(/^invalid_model: Not a TensorFlow GraphDef.*truncated/);
    expect(codeOf(() => readGraphDef({ bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]) }))).toMatch(/^invalid_model: .*JPEG/);
    expect(codeOf(() => readGraphDef({ bytes: encode({ node: [{ name: "y", op: "Relu", input: ["nowhere"] }] }) }))).toMatch(/^invalid_model: Node "y" reads "nowhere"/);
    expect(codeOf(() => readGraphDef({ bytes: new Uint8Array(0) }))).toMatch(/^empty_file/);
  });

  it("recognises a SavedModel and says to freeze the graph or export TF.js", () => {
    const saved = encode({ savedModelSchemaVersion: 1, metaGraphs: [{ graphDef: tinyGraph() }] }, "SavedModel");
    expect(codeOf(() => readGraphDef({ bytes: saved }))).toMatch(/^unsupported_model: This is a TensorFlow SavedModel.*Freeze the graph.*TensorFlow\.js/);
  });
});
