import { computeLayerMacs, isMacOp } from "./compute-layer-macs";
import { byteSizeOf } from "./data-types";
import { getModelIo } from "./get-model-io";
import { inferShapes } from "./infer-shapes";
import type { OnnxModel, OnnxNode, OnnxTensor } from "./model-proto-types";
import { readNodeAttributes, toJsonAttributes } from "./node-attributes";
import { isFullyKnown, product } from "./shape-rules/rule-kit";
import { isExternalTensor, tensorByteSize, tensorElementCount } from "./tensor-data";
import type { GraphSummary, LayerInfo, ShapeInference } from "./types";

export type SummarizeOptions = { batchSize?: number };

/**
 * A plain-JSON summary of a decoded model at one batch size: declared I/O, op counts,
 * parameters, MACs, and one LayerInfo per node for the FPGA latency simulator.
 * Parameters are the elements of every initializer (dense and sparse), so quantization
 * scales and zero points count: they are initializers the device has to hold too.
 */
export function summarizeOnnxModel(model: OnnxModel, { batchSize = 1 }: SummarizeOptions = {}): GraphSummary {
  const graph = model.graph;
  const inference = inferShapes({ model, batchSize });
  const weights = storedTensors(model);
  const sparseValues = graph.sparse_initializer.map((s) => s.values).filter((t): t is OnnxTensor => Boolean(t));
  const stored = [...graph.initializer, ...sparseValues];

  const layers = graph.node.map((node, index) => describeLayer(node, index, inference, weights));
  const opHistogram: Record<string, number> = {};
  const macsByOp: Record<string, number> = {};
  let isMacsComplete = true;
  for (const layer of layers) {
    opHistogram[layer.opType] = (opHistogram[layer.opType] ?? 0) + 1;
    if (layer.macs === null) isMacsComplete = false;
    if (isMacOp(layer.opType)) macsByOp[layer.opType] = (macsByOp[layer.opType] ?? 0) + (layer.macs ?? 0);
  }

  return {
    irVersion: model.ir_version,
    producer: { name: model.producer_name ?? "", version: model.producer_version ?? "" },
    domain: model.domain ?? "",
    modelVersion: model.model_version ?? 0,
    docString: model.doc_string ?? "",
    graphName: graph.name ?? "",
    opsetImports: model.opset_import.map((o) => ({ domain: o.domain ?? "", version: o.version ?? 1 })),
    ...getModelIo(model),
    batchSize,
    opHistogram,
    nodeCount: graph.node.length,
    parameterCount: stored.reduce((sum, t) => sum + tensorElementCount(t), 0),
    parameterBytes: stored.reduce((sum, t) => sum + tensorByteSize(t), 0),
    hasExternalData: stored.some(isExternalTensor),
    macs: layers.reduce((sum, layer) => sum + (layer.macs ?? 0), 0),
    macsByOp,
    isMacsComplete,
    unknownShapeOps: inference.unknownOps,
    layers,
  };
}

/**
 * Tensors stored in the file that nodes read as weights: initializers (a sparse one by
 * its stored non-zero values), and the tensors of Constant nodes (some exporters keep
 * weights there).
 */
function storedTensors(model: OnnxModel): Map<string, OnnxTensor> {
  const stored = new Map<string, OnnxTensor>(model.graph.initializer.map((t) => [t.name ?? "", t]));
  for (const sparse of model.graph.sparse_initializer) {
    if (sparse.values?.name) stored.set(sparse.values.name, sparse.values);
  }
  for (const node of model.graph.node) {
    const tensor = node.op_type === "Constant" ? readNodeAttributes(node).tensor("value") : null;
    if (tensor && node.output[0]) stored.set(node.output[0], tensor);
  }
  return stored;
}

function describeLayer(node: OnnxNode, index: number, inference: ShapeInference, weights: Map<string, OnnxTensor>): LayerInfo {
  const factsOf = (name: string) => inference.values.get(name);
  const outputs = node.output.filter(Boolean);
  const activations = node.input.filter((name) => name && !weights.has(name));
  return {
    name: node.name || `${node.op_type}_${index}`,
    opType: node.op_type ?? "",
    domain: node.domain ?? "",
    inputs: node.input.slice(),
    outputs: node.output.slice(),
    outputShapes: outputs.map((name) => {
      const shape = factsOf(name)?.shape ?? null;
      return isFullyKnown(shape) ? shape : null;
    }),
    macs: computeLayerMacs(node, (name) => factsOf(name)?.shape ?? null),
    weightBytes: sumWeights(node.input, weights, tensorByteSize),
    weightElements: sumWeights(node.input, weights, tensorElementCount),
    activationBytesIn: sumBytes(activations, inference),
    activationBytesOut: sumBytes(outputs, inference),
    attributes: toJsonAttributes(node),
  };
}

function sumWeights(names: string[], weights: Map<string, OnnxTensor>, size: (tensor: OnnxTensor) => number): number {
  return names.reduce((sum, name) => sum + (weights.has(name) ? size(weights.get(name)!) : 0), 0);
}

function sumBytes(names: string[], inference: ShapeInference): number | null {
  let total = 0;
  for (const name of names) {
    const facts = inference.values.get(name);
    const count = facts?.shape ? product(facts.shape) : null;
    if (!facts?.dtype || count === null) return null;
    total += byteSizeOf(facts.dtype, count);
  }
  return total;
}
