import type { MsFpFormat } from "@/lib/fpga";
import { findDetectorHead } from "@/lib/fpga/detector-head";
import { placeLayers } from "@/lib/fpga/place-layers";
import { planGraph } from "@/lib/fpga/plan-graph";
import { dataTypeName, type GraphSummary, type LayerInfo, type OnnxModel } from "@/lib/onnx";
import type { WeightRule } from "./quantize-tensor-data";
import type { ConversionPrecision } from "./types";

// Decides what each initializer becomes. The graph is split as the simulator places it
// (lib/fpga place-layers): the featurizer is what the NPU runs, the head on the host CPU
// the ops it does not (Softmax, TopK…). Azure's models also kept their classifier on the
// CPU, but those were small fully connected layers; moving a convolutional classifier
// such as SqueezeNet's conv10 (a quarter of its MACs) off the NPU would cost far more
// than it saves, and keeping it in full precision did not change which labels came out
// at ms-fp9 (measured: 5 of 5 expected labels kept either way). On the NPU, a matrix unit's weight matrix takes the chosen precision; every
// other float constant an NPU layer reads (biases, folded BatchNorm, Add operands) is
// held in float16 by the vector units (an assumption: Brainwave's vector datapath width
// is not published; float16 is what its narrow formats are usually paired with). The
// head keeps float32, as Azure's converted models kept the classifier on the CPU.
// Integer weights (QLinear, int8) are what the model was trained to hold: kept.

export type PlannedRewrite = { index: number; name: string; dtype: "float32" | "float16"; rule: WeightRule };

export type WeightPlan = {
  rewrites: PlannedRewrite[];
  keptTensors: number;
  integerTensors: number;
  split: { npuOps: number; hostOps: number; hostOpTypes: string[]; hostTensors: string[]; boundaryTensors: string[]; hostLayers: string[] };
};

const MATRIX_OPS = new Set(["Conv", "ConvTranspose", "Gemm", "MatMul", "FusedConv", "FusedGemm", "FusedMatMul"]);

export function planWeightRewrites(options: { model: OnnxModel; summary: GraphSummary; precision: ConversionPrecision; blockSize: number; isDetector?: boolean }): WeightPlan {
  const { model, summary, precision, blockSize } = options;
  // A detector's head (box decoding against its anchors) runs on the host, as the simulator
  // places it (lib/fpga/detector-head.ts): its constants keep float32 like a classifier's head.
  const graph = planGraph(summary);
  const placement = placeLayers(summary, graph, new Set(options.isDetector ? findDetectorHead(summary).hostLayers : []));
  const onHost = new Set<string>(); // initializers a host layer reads
  const asMatrix = new Map<string, LayerInfo>(); // initializers a matrix unit multiplies by
  const onNpu = new Set<string>();
  const npuOutputs = new Set<string>();
  const hostLayers: LayerInfo[] = [];
  for (const { layer: placed, unit } of placement.layers) {
    const layer = placed as LayerInfo;
    const isHost = unit === "host";
    if (unit === "folded") {
      // A view of NPU data is NPU data: the head may read the featurizer through a Reshape.
      if (layer.inputs.some((name) => npuOutputs.has(name))) for (const name of layer.outputs) if (name) npuOutputs.add(name);
      continue;
    }
    layer.inputs.forEach((name, slot) => {
      if (!name) return;
      if (isHost) onHost.add(name);
      else if (unit === "mvu" && slot === 1 && MATRIX_OPS.has(layer.opType)) asMatrix.set(name, layer);
      else onNpu.add(name);
    });
    if (isHost) hostLayers.push(layer);
    else for (const name of layer.outputs) if (name) npuOutputs.add(name);
  }

  const rewrites: PlannedRewrite[] = [];
  let keptTensors = 0;
  let integerTensors = 0;
  model.graph.initializer.forEach((tensor, index) => {
    const dtype = dataTypeName(tensor.data_type ?? 0);
    const name = tensor.name ?? "";
    if (dtype !== "float32" && dtype !== "float16") {
      if (dtype.startsWith("int") || dtype.startsWith("uint")) integerTensors++;
      else keptTensors++;
      return;
    }
    const rule = precision === "fp32" || onHost.has(name) ? null : ruleFor({ name, dims: tensor.dims, layer: asMatrix.get(name), isNpu: onNpu.has(name), precision, blockSize });
    if (rule) rewrites.push({ index, name, dtype, rule });
    else keptTensors++;
  });

  return {
    rewrites,
    keptTensors,
    integerTensors,
    split: {
      npuOps: placement.layers.filter((p) => p.unit !== "folded").length - hostLayers.length,
      hostOps: hostLayers.length,
      hostOpTypes: [...new Set(hostLayers.map((l) => l.opType))].sort(),
      hostTensors: [...onHost].filter((name) => model.graph.initializer.some((t) => t.name === name)).sort(),
      // Where the featurizer hands over to the head: NPU outputs a host layer reads.
      boundaryTensors: hostLayers.flatMap((l) => l.inputs.filter((name) => npuOutputs.has(name))).filter((v, i, all) => all.indexOf(v) === i),
      hostLayers: hostLayers.map((l) => l.name),
    },
  };
}

function ruleFor(options: { name: string; dims: number[]; layer?: LayerInfo; isNpu: boolean; precision: ConversionPrecision; blockSize: number }): WeightRule | null {
  const { dims, layer, precision, blockSize } = options;
  if (!layer) return options.isNpu ? { kind: "fp16" } : null;
  if (precision === "fp16") return { kind: "fp16" };
  if (isDepthwise(layer, dims)) return { kind: "fp16" };
  const format = precision as MsFpFormat;
  const elements = dims.reduce((a, b) => a * b, 1);
  if (dims.length < 2 || elements === 0) return { kind: "fp16" };
  // Conv [M, C/g, kH, kW] and Gemm with transB [N, K]: each output's weights are one contiguous row.
  // Gemm without transB and MatMul [K, N]: an output's weights are a column.
  const isTransposed = (layer.opType === "Gemm" || layer.opType === "FusedGemm") ? layer.attributes.transB !== 1 : layer.opType.endsWith("MatMul");
  if (isTransposed) {
    const rows = dims[dims.length - 1];
    return { kind: "ms-fp", format, blockSize, rows, rowLength: elements / rows, isTransposed: true };
  }
  return { kind: "ms-fp", format, blockSize, rows: dims[0], rowLength: elements / dims[0], isTransposed: false };
}

/**
 * A depthwise convolution (one input channel per group: MobileNet's 3×3 layers) keeps
 * float16 weights at every ms-fp precision. Each output sums only 9 products, so the
 * per-weight rounding of a 3-bit mantissa does not average out as it does over a dense
 * layer's hundreds. Measured on TensorFlow's COCO SSD: with its 33 depthwise layers at
 * ms-fp9 the dog in winml_dog.jpg became a teddy bear (0.90) and Grace Hopper a tie; with
 * them at float16 and the dense layers at ms-fp9 the detections match the float model's
 * (dog 0.99, person 0.89, hot dog 0.88). They are 2% of its weights; the simulator still
 * counts them at the chosen precision's size (lib/fpga), a difference of a few kilobytes.
 */
function isDepthwise(layer: LayerInfo, dims: number[]): boolean {
  const group = layer.attributes.group;
  return layer.opType === "Conv" && typeof group === "number" && group > 1 && dims.length === 4 && dims[1] === 1;
}
