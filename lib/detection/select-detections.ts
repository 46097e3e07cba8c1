// From an SSD detector's raw outputs to the detections a person reads: the TF Object
// Detection API's COCO SSD (../shared/data/tf/README.md) gives, per anchor, one sigmoid
// score per class (column k is COCO id k + 1) and an already decoded box (ymin, xmin,
// ymax, xmax, normalised to the image), and leaves the rest to the caller: a score
// threshold and non-maximum suppression, as TensorFlow.js's coco-ssd does after it.

export type DetectionOptions = {
  /** Keep boxes whose best class scores at least this (0…1). */
  scoreThreshold: number;
  /** A box overlapping a kept, better one by more than this intersection-over-union is dropped. */
  iouThreshold: number;
  maxDetections: number;
  /** Suppress only boxes of the same class (true), or any overlapping box (false, coco-ssd's way). */
  isPerClass: boolean;
};

export const DEFAULT_DETECTION_OPTIONS: DetectionOptions = { scoreThreshold: 0.5, iouThreshold: 0.5, maxDetections: 20, isPerClass: false };

/** A detection in the original image's pixels. */
export type Detection = { classId: number; label: string; score: number; box: { x: number; y: number; width: number; height: number } };

export type DetectorOutputs = {
  /** [anchors × classes], row-major. */
  scores: Float32Array;
  /** [anchors × 4]: ymin, xmin, ymax, xmax in 0…1. */
  boxes: Float32Array;
  classCount: number;
  /** Column k → class id (COCO: k + 1). */
  classIdOf?: (column: number) => number;
};

type Candidate = { anchor: number; classId: number; score: number; ymin: number; xmin: number; ymax: number; xmax: number };

export function selectDetections(options: { outputs: DetectorOutputs; image: { width: number; height: number }; labels: Record<string, string>; settings?: Partial<DetectionOptions> }): Detection[] {
  const settings = { ...DEFAULT_DETECTION_OPTIONS, ...options.settings };
  const { scores, boxes, classCount } = options.outputs;
  const classIdOf = options.outputs.classIdOf ?? ((column: number) => column + 1);
  const anchors = boxes.length / 4;
  const candidates: Candidate[] = [];
  for (let anchor = 0; anchor < anchors; anchor++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let column = 0; column < classCount; column++) {
      const score = scores[anchor * classCount + column];
      if (score > bestScore) [best, bestScore] = [column, score];
    }
    if (bestScore < settings.scoreThreshold) continue;
    const [ymin, xmin, ymax, xmax] = boxes.subarray(anchor * 4, anchor * 4 + 4);
    candidates.push({ anchor, classId: classIdOf(best), score: bestScore, ymin: clamp01(ymin), xmin: clamp01(xmin), ymax: clamp01(ymax), xmax: clamp01(xmax) });
  }
  candidates.sort((a, b) => b.score - a.score || a.anchor - b.anchor);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (kept.length >= settings.maxDetections) break;
    const overlaps = kept.some((k) => (!settings.isPerClass || k.classId === candidate.classId) && iou(k, candidate) > settings.iouThreshold);
    if (!overlaps) kept.push(candidate);
  }
  const { width, height } = options.image;
  return kept.map((k) => ({
    classId: k.classId,
    label: options.labels[String(k.classId)] ?? `class ${k.classId}`,
    score: k.score,
    box: { x: k.xmin * width, y: k.ymin * height, width: (k.xmax - k.xmin) * width, height: (k.ymax - k.ymin) * height },
  }));
}

/** Intersection over union of two normalised boxes; 0 when either is empty. */
export function iou(a: Pick<Candidate, "ymin" | "xmin" | "ymax" | "xmax">, b: Pick<Candidate, "ymin" | "xmin" | "ymax" | "xmax">): number {
  const intersection = Math.max(0, Math.min(a.xmax, b.xmax) - Math.max(a.xmin, b.xmin)) * Math.max(0, Math.min(a.ymax, b.ymax) - Math.max(a.ymin, b.ymin));
  const union = area(a) + area(b) - intersection;
  return union > 0 ? intersection / union : 0;
}

/** iou for boxes given as top-left corner and size (a Detection's box, in any one unit). */
export function boxIou(a: Detection["box"], b: Detection["box"]): number {
  const corners = (box: Detection["box"]) => ({ xmin: box.x, ymin: box.y, xmax: box.x + box.width, ymax: box.y + box.height });
  return iou(corners(a), corners(b));
}

const area = (b: Pick<Candidate, "ymin" | "xmin" | "ymax" | "xmax">) => Math.max(0, b.xmax - b.xmin) * Math.max(0, b.ymax - b.ymin);
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
