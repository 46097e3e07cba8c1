// A detector's head on the simulated NPU. Azure's SSD-VGG ran its convolutional body on
// the FPGA and the rest on the VM's CPU (FPGA.md), and an SSD's tail is not matrix work:
// reshapes and concatenations of the box predictors' outputs, a sigmoid over every
// anchor × class, and the box decoding (exp of the size offsets, arithmetic with the
// anchors), then non-maximum suppression, which is not in the graph at all (TensorFlow's
// COCO SSD leaves it to the caller, ../shared/data/tf/README.md) and which scoring does on
// the host (lib/detection). So every op after the last matrix layer runs on the host, and
// the suppression is added as one estimated host step.
import { DEFAULT_DETECTION_OPTIONS } from "@/lib/detection/select-detections";
import { classifyOp } from "./classify-op";
import type { SimulatedGraph } from "./plan-graph";
import type { DeviceProfile } from "./types";

export type DetectorHead = {
  /** Layers after the convolutional body: downstream of a matrix layer, upstream of none. */
  hostLayers: string[];
  /** Rows the suppression scans (anchors, or a graph's own final boxes) and classes per row. */
  anchors: number;
  classes: number;
};

export function findDetectorHead(graph: SimulatedGraph): DetectorHead {
  const consumers = new Map<string, number[]>();
  graph.layers.forEach((layer, index) => layer.inputs.forEach((name) => name && consumers.set(name, [...(consumers.get(name) ?? []), index])));
  const isMvu = graph.layers.map((layer) => classifyOp(layer.opType) === "mvu");
  // Walked backwards (ONNX nodes are topologically sorted): does any matrix layer read this one's result, directly or not?
  const feedsMvu = new Array<boolean>(graph.layers.length).fill(false);
  for (let i = graph.layers.length - 1; i >= 0; i--) {
    feedsMvu[i] = graph.layers[i].outputs.some((name) => (consumers.get(name) ?? []).some((c) => isMvu[c] || feedsMvu[c]));
  }
  // Walked forwards: is this layer's input a matrix layer's result, directly or not?
  const producedAfterMvu = new Set<string>();
  const hostLayers: string[] = [];
  graph.layers.forEach((layer, i) => {
    const isAfter = isMvu[i] || layer.inputs.some((name) => producedAfterMvu.has(name));
    if (!isAfter) return;
    layer.outputs.forEach((name) => name && producedAfterMvu.add(name));
    if (!isMvu[i] && !feedsMvu[i]) hostLayers.push(layer.name);
  });
  return { hostLayers, ...suppressionSize(graph) };
}

/**
 * The estimated host time of non-maximum suppression over `anchors` rows of `classes`
 * scores, keeping at most maxDetections (lib/detection/select-detections.ts's algorithm):
 * one pass over every score for each row's best class (anchors × classes), a sort of the
 * rows past the threshold (worst case all of them: anchors × log2 anchors comparisons), and
 * an intersection-over-union of each against the boxes kept so far (at most anchors ×
 * maxDetections). Each is costed as one element at the host's throughput, plus one op's
 * dispatch: a worst case, since the threshold usually leaves few rows (the measured
 * postprocessMs beside it shows the real figure on this machine).
 */
export function nmsHostElements(options: { anchors: number; classes: number; maxDetections?: number }): number {
  const { anchors, classes, maxDetections = DEFAULT_DETECTION_OPTIONS.maxDetections } = options;
  if (anchors <= 0) return 0;
  return anchors * classes + anchors * Math.ceil(Math.log2(Math.max(2, anchors))) + anchors * maxDetections;
}

export function nmsHostMs(options: { elements: number; profile: DeviceProfile }): number {
  const p = options.profile.parameters;
  return p.hostOpOverheadUs.value / 1000 + (options.elements / p.hostElementsPerSecond.value) * 1000;
}

/**
 * Rows and classes of the head's output, from the producers' shapes at batch 1: per-anchor
 * scores [1, A, C] (C > 4, the box outputs having 4), else a graph's own final boxes
 * [1, N, 4] (its NMS already chose them; ours re-checks N rows of one class each).
 */
function suppressionSize(graph: SimulatedGraph): { anchors: number; classes: number } {
  const shapes = new Map<string, number[]>();
  for (const layer of graph.layers) layer.outputs.filter(Boolean).forEach((name, i) => layer.outputShapes[i] && shapes.set(name, layer.outputShapes[i]!));
  const outputShapes = graph.outputs.map((o) => shapes.get(o.name) ?? o.shape?.map((d) => (typeof d === "number" ? d : NaN)) ?? []);
  const scores = outputShapes.find((s) => s.length === 3 && s[2] > 4 && Number.isFinite(s[1]));
  if (scores) return { anchors: scores[1], classes: scores[2] };
  const boxes = outputShapes.find((s) => s.length >= 3 && s.at(-1) === 4 && Number.isFinite(s[1]));
  return { anchors: boxes ? boxes[1] : 0, classes: 1 };
}
