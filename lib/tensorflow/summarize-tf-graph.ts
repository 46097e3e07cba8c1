import type { GraphSummary, TensorInfo } from "@/lib/onnx/types";
import { tfDataTypeName } from "./data-types";
import { shapeDims } from "./decode-tensor";
import { inferTfShapes, type TfShape } from "./infer-tf-shapes";
import { sourceNode } from "./refusals";
import { findUnsupportedOps, NOT_OUTPUT_OPS } from "./supported-ops";
import type { TfGraph, TfNode } from "./types";

/** What a TensorFlow summary adds to the ONNX-shaped one (stored under graph.tensorflow). */
export type TensorflowFacts = {
  format: TfGraph["format"];
  /** Ops the converter will not handle; the model registers, its conversion refuses naming them. */
  unsupportedOps: string[];
  /** True for TF1 while loops (Enter/Merge/Switch/NextIteration/…): the graph is not purely feed-forward. */
  hasControlFlow: boolean;
  /** Weights stored quantised (TF.js uint8/uint16/float16), by stored dtype. */
  quantizedWeights: Record<string, number>;
};

export type TensorflowSummary = GraphSummary & { tensorflow: TensorflowFacts };

const CONTROL_FLOW = new Set(["Enter", "Exit", "Merge", "Switch", "NextIteration", "LoopCond", "While", "StatelessWhile", "If", "StatelessIf"]);
const MAC_OPS = new Set(["Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative", "MatMul", "_FusedMatMul"]);

/**
 * The summary of a TensorFlow graph, in the shape of the ONNX one (lib/onnx GraphSummary)
 * so registration, the API and the studio treat both alike. Inputs are the Placeholders
 * as declared (-1 → "?"). Outputs are the nodes nothing reads, constants and effect-only
 * ops aside, with shapes inferred at batchSize (unknown dims "?"). Parameters are the
 * elements of every Const. MACs count Conv2D, depthwise and MatMul ops (and the TF.js
 * fused forms) whose shapes inference reaches; isMacsComplete says when some did not.
 * Fields with no TensorFlow meaning (IR version, opsets) are zero or empty.
 */
export function summarizeTfGraph(options: { graph: TfGraph; batchSize?: number }): TensorflowSummary {
  const { graph } = options;
  const batchSize = options.batchSize ?? 1;
  const { shapes, unknownOps } = inferTfShapes({ graph, batchSize });
  const opHistogram: Record<string, number> = {};
  for (const node of graph.nodes) opHistogram[node.op] = (opHistogram[node.op] ?? 0) + 1;

  const macsByOp: Record<string, number> = {};
  let macs = 0;
  let isMacsComplete = true;
  for (const node of graph.nodes.filter((n) => MAC_OPS.has(n.op))) {
    const count = nodeMacs(node, shapes);
    if (count === null) isMacsComplete = false;
    macs += count ?? 0;
    macsByOp[node.op] = (macsByOp[node.op] ?? 0) + (count ?? 0);
  }
  let parameterCount = 0;
  const quantizedWeights: Record<string, number> = {};
  for (const tensor of graph.weights.values()) {
    parameterCount += tensor.shape.reduce((a, b) => a * b, 1);
    if (tensor.storedAs) quantizedWeights[tensor.storedAs.dtype] = (quantizedWeights[tensor.storedAs.dtype] ?? 0) + 1;
  }
  return {
    irVersion: 0,
    producer: { name: graph.convertedBy ?? (graph.format === "tfjs" ? "TensorFlow.js" : "TensorFlow"), version: graph.producer === null ? "" : `graph ${graph.producer}` },
    domain: "",
    modelVersion: 0,
    docString: "",
    graphName: "",
    opsetImports: [],
    inputs: graph.nodes.filter((n) => n.op === "Placeholder").map(describeInput),
    outputs: findOutputs(graph).map((node) => ({ name: node.name, dtype: outputType(node), shape: toInfoShape(shapes.get(node.name) ?? null) })),
    batchSize,
    opHistogram,
    nodeCount: graph.nodes.length,
    parameterCount,
    parameterBytes: graph.storedWeightBytes,
    hasExternalData: false,
    macs,
    macsByOp,
    isMacsComplete,
    unknownShapeOps: unknownOps,
    layers: [],
    tensorflow: {
      format: graph.format,
      unsupportedOps: findUnsupportedOps(Object.keys(opHistogram)),
      hasControlFlow: graph.nodes.some((n) => CONTROL_FLOW.has(n.op)),
      quantizedWeights,
    },
  };
}

function describeInput(node: TfNode): TensorInfo {
  return { name: node.name, dtype: tfDataTypeName(node.attr.dtype?.type), shape: toInfoShape(shapeDims(node.attr.shape?.shape)) };
}

function toInfoShape(shape: TfShape): (number | string)[] | null {
  return shape ? shape.map((d) => (d < 0 ? "?" : d)) : null;
}

/** Nodes no other node reads (by data or control edge), other than constants and effect-only ops. */
function findOutputs(graph: TfGraph): TfNode[] {
  const read = new Set(graph.nodes.flatMap((n) => n.input.map(sourceNode)));
  return graph.nodes.filter((n) => !read.has(n.name) && !NOT_OUTPUT_OPS.has(n.op));
}

// The element type an op produces: most name it in T; casts and shape ops in DstT/out_type.
function outputType(node: TfNode): TensorInfo["dtype"] {
  for (const key of ["T", "DstT", "out_type", "dtype", "Tout"]) {
    const type = node.attr[key]?.type;
    if (type !== undefined) return tfDataTypeName(type);
  }
  return "undefined";
}

function nodeMacs(node: TfNode, shapes: Map<string, TfShape>): number | null {
  const out = shapes.get(node.name);
  const weight = shapes.get(sourceNode(node.input[1] ?? ""));
  if (!out || !weight || out.some((d) => d < 0) || weight.some((d) => d < 0)) return null;
  const outputs = out.reduce((a, b) => a * b, 1);
  // Conv2D: each output element sums kh·kw·Cin products (HWIO filter); depthwise: kh·kw
  // (one input channel per output); MatMul: the shared dimension K.
  if (node.op.includes("Depthwise")) return outputs * weight[0] * weight[1];
  if (node.op.includes("Conv2D")) return outputs * weight[0] * weight[1] * weight[2];
  const a = shapes.get(sourceNode(node.input[0]));
  if (!a || a.length !== 2) return null;
  return outputs * (node.attr.transpose_a?.b ? a[0] : a[1]);
}
