import { AppError } from "@/lib/errors";
import type { DetectorOutputs } from "./select-detections";

// The detector heads scoring understands, read from a model's output tensors into the one
// form selectDetections takes (per row: a score per class column, a ymin/xmin/ymax/xmax
// box in 0…1; column k is COCO id k + 1). Which head a model has is read from its outputs:
// - per-anchor (TensorFlow's COCO SSD, converted; ../shared/data/tf/README.md): scores
//   [1,A,C] with C > 4, boxes [1,A,4] or [1,A,1,4], both for the same A anchors;
// - the ONNX Model Zoo's ssd_mobilenet_v1 (a TensorFlow export, CATALOG.md): detection_boxes
//   [1,N,4] ymin/xmin/ymax/xmax, detection_classes [1,N] COCO ids 1–90 as floats,
//   detection_scores [1,N], num_detections [1] (rows past it are padding);
// - the zoo's ssd-12 (SSD-ResNet34, MLPerf's export): bboxes [1,N,4] xmin/ymin/xmax/ymax,
//   labels [1,N] int64 numbering the 80 COCO categories 1–80, scores [1,N].
// Those last two already ran their own suppression in the graph; their rows become one-hot
// score rows, so the request's threshold, suppression and limit apply to them the same way.

export type OutputTensor = { data: Float32Array; dims: readonly number[] };
export type DetectorHead = "per-anchor" | "tf-detections" | "ssd-12";

/** COCO ids run 1–90: one column each. */
const COCO_COLUMNS = 90;

export function readDetectorOutputs(options: {
  outputs: Record<string, OutputTensor>;
  /** An 80-class model's class n (1-based) → its COCO id. */
  cocoIdOfContiguous: (n: number) => number;
}): DetectorOutputs & { head: DetectorHead } {
  const { outputs } = options;
  if (outputs.detection_boxes && outputs.detection_classes && outputs.detection_scores) {
    const count = outputs.num_detections ? Math.round(outputs.num_detections.data[0]) : outputs.detection_scores.data.length;
    return { head: "tf-detections", ...oneHot({ boxes: outputs.detection_boxes.data, classIds: outputs.detection_classes.data, scores: outputs.detection_scores.data, count, isXFirst: false, cocoIdOf: (id) => id }) };
  }
  if (outputs.bboxes && outputs.labels && outputs.scores) {
    return { head: "ssd-12", ...oneHot({ boxes: outputs.bboxes.data, classIds: outputs.labels.data, scores: outputs.scores.data, count: outputs.scores.data.length, isXFirst: true, cocoIdOf: options.cocoIdOfContiguous }) };
  }
  const perAnchor = findPerAnchor(outputs);
  if (perAnchor) return { head: "per-anchor", ...perAnchor };
  const described = Object.entries(outputs).map(([name, t]) => `${name} [${t.dims.join(",")}]`).join(", ");
  throw new AppError("unsupported_model", `The model's outputs (${described}) are not a detector head scoring reads: per-anchor scores [1,A,C] with boxes [1,A,4] or [1,A,1,4], or the ONNX Model Zoo's SSD outputs.`);
}

function findPerAnchor(outputs: Record<string, OutputTensor>): DetectorOutputs | undefined {
  const tensors = Object.values(outputs);
  const boxes = tensors.find((t) => isBoxes(t.dims));
  if (!boxes) return undefined;
  const anchors = boxes.dims[1];
  const scores = tensors.find((t) => t.dims.length === 3 && t.dims[0] === 1 && t.dims[1] === anchors && t.dims[2] > 4);
  if (!scores) return undefined;
  return { scores: scores.data, boxes: boxes.data, classCount: scores.dims[2] };
}

const isBoxes = (dims: readonly number[]) => dims[0] === 1 && dims.at(-1) === 4 && (dims.length === 3 || (dims.length === 4 && dims[2] === 1));

/** Rows already chosen by the graph, as one-hot score rows over the COCO columns. */
function oneHot(options: { boxes: Float32Array; classIds: Float32Array; scores: Float32Array; count: number; isXFirst: boolean; cocoIdOf: (id: number) => number }): DetectorOutputs {
  const rows = Math.max(0, Math.min(options.count, options.scores.length, options.boxes.length / 4));
  const scores = new Float32Array(rows * COCO_COLUMNS);
  const boxes = new Float32Array(rows * 4);
  for (let row = 0; row < rows; row++) {
    const id = options.cocoIdOf(Math.round(options.classIds[row]));
    if (id >= 1 && id <= COCO_COLUMNS) scores[row * COCO_COLUMNS + id - 1] = options.scores[row];
    const [a, b, c, d] = options.boxes.subarray(row * 4, row * 4 + 4);
    boxes.set(options.isXFirst ? [b, a, d, c] : [a, b, c, d], row * 4);
  }
  return { scores, boxes, classCount: COCO_COLUMNS };
}
