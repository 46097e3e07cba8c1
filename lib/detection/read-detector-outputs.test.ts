import { describe, expect, it } from "vitest";
import { readDetectorOutputs, type OutputTensor } from "./read-detector-outputs";
import { selectDetections } from "./select-detections";

const t = (values: number[], dims: number[]): OutputTensor => ({ data: Float32Array.from(values), dims });
// COCO's ids skip 12, 26, …: an 80-class model's class 12 is COCO id 13 (stop sign).
const LABELS = { "1": "person", "3": "car", "13": "stop sign", "18": "dog" };
const cocoIdOfContiguous = (n: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13][n - 1] ?? n;
const select = (read: ReturnType<typeof readDetectorOutputs>, settings = {}) =>
  selectDetections({ outputs: read, image: { width: 200, height: 100 }, labels: LABELS, settings: { scoreThreshold: 0.3, ...settings } });

describe("readDetectorOutputs", () => {
  it("reads a per-anchor head (converted COCO SSD): scores [1,A,C], boxes [1,A,1,4], column k is id k + 1", () => {
    // Two anchors, five classes: anchor 0 is a car (column 2), anchor 1 weak everywhere.
    const scores = t([0.1, 0.0, 0.9, 0.0, 0.0, 0.2, 0.1, 0.1, 0.0, 0.0], [1, 2, 5]);
    const boxes = t([0.1, 0.2, 0.5, 0.6, 0, 0, 1, 1], [1, 2, 1, 4]);
    const read = readDetectorOutputs({ outputs: { "Postprocessor/Slice": scores, "Postprocessor/ExpandDims_1": boxes }, cocoIdOfContiguous });
    expect(read.head).toBe("per-anchor");
    expect(read.classCount).toBe(5);
    const [car, ...rest] = select(read);
    expect(rest).toEqual([]);
    expect(car).toMatchObject({ classId: 3, label: "car" });
    expect(car.score).toBeCloseTo(0.9, 6);
    // ymin 0.1 xmin 0.2 ymax 0.5 xmax 0.6 of a 200 × 100 image.
    expect(car.box.x).toBeCloseTo(40, 4);
    expect(car.box.y).toBeCloseTo(10, 4);
    expect(car.box.width).toBeCloseTo(80, 4);
    expect(car.box.height).toBeCloseTo(40, 4);
  });

  it("takes [1,A,4] boxes too, and refuses outputs that are no detector head", () => {
    const read = readDetectorOutputs({ outputs: { s: t(new Array(10).fill(0.5), [1, 2, 5]), b: t(new Array(8).fill(0.5), [1, 2, 4]) }, cocoIdOfContiguous });
    expect(read.head).toBe("per-anchor");
    expect(() => readDetectorOutputs({ outputs: { logits: t([1, 2, 3], [1, 3]) }, cocoIdOfContiguous })).toThrow(/not a detector head/);
  });

  it("reads ssd_mobilenet_v1's outputs: float COCO ids, ymin-first boxes, rows past num_detections ignored", () => {
    const outputs = {
      detection_boxes: t([0.1, 0.1, 0.3, 0.3, 0.5, 0.5, 0.9, 0.9, 0, 0, 1, 1], [1, 3, 4]),
      detection_classes: t([18, 1, 1], [1, 3]),
      detection_scores: t([0.95, 0.6, 0.99], [1, 3]),
      num_detections: t([2], [1]),
    };
    const read = readDetectorOutputs({ outputs, cocoIdOfContiguous });
    expect(read.head).toBe("tf-detections");
    const found = select(read);
    expect(found.map((d) => d.label)).toEqual(["dog", "person"]);
    expect(found[0].score).toBeCloseTo(0.95, 6);
    expect(found[0].box).toMatchObject({ x: expect.closeTo(20, 4), y: expect.closeTo(10, 4) });
    expect(select(read, { scoreThreshold: 0.7 }).map((d) => d.label)).toEqual(["dog"]);
  });

  it("reads ssd-12's outputs: int64 80-class ids mapped to COCO ids, xmin-first boxes", () => {
    const outputs = {
      bboxes: t([0.2, 0.1, 0.6, 0.5], [1, 1, 4]),
      labels: { data: Float32Array.from(new BigInt64Array([12n]), Number), dims: [1, 1] },
      scores: t([0.8], [1, 1]),
    };
    const read = readDetectorOutputs({ outputs, cocoIdOfContiguous });
    expect(read.head).toBe("ssd-12");
    const [sign] = select(read);
    expect(sign).toMatchObject({ classId: 13, label: "stop sign" });
    // xmin 0.2 ymin 0.1 xmax 0.6 ymax 0.5.
    expect(sign.box.x).toBeCloseTo(40, 4);
    expect(sign.box.y).toBeCloseTo(10, 4);
    expect(sign.box.width).toBeCloseTo(80, 4);
    expect(sign.box.height).toBeCloseTo(40, 4);
  });

  it("applies the request's suppression to a graph's own boxes too", () => {
    const outputs = {
      detection_boxes: t([0.1, 0.1, 0.5, 0.5, 0.12, 0.12, 0.5, 0.5], [1, 2, 4]),
      detection_classes: t([18, 1], [1, 2]),
      detection_scores: t([0.9, 0.8], [1, 2]),
      num_detections: t([2], [1]),
    };
    const read = readDetectorOutputs({ outputs, cocoIdOfContiguous });
    expect(select(read).map((d) => d.label)).toEqual(["dog"]);
    expect(select(read, { isPerClass: true }).map((d) => d.label)).toEqual(["dog", "person"]);
  });
});
