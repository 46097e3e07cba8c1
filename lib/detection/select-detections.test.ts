import { describe, expect, it } from "vitest";
import { iou, selectDetections } from "./select-detections";

const labels = { "1": "person", "17": "cat", "18": "dog" };

/** Outputs of `anchors` boxes over 18 classes: each [box, {column: score}]. */
function outputs(anchors: [number[], Record<number, number>][]) {
  const classCount = 18;
  const scores = new Float32Array(anchors.length * classCount);
  const boxes = new Float32Array(anchors.length * 4);
  anchors.forEach(([box, byColumn], i) => {
    boxes.set(box, i * 4);
    for (const [column, score] of Object.entries(byColumn)) scores[i * classCount + Number(column)] = score;
  });
  return { scores, boxes, classCount };
}

describe("selectDetections", () => {
  it("keeps each object's best box above the threshold, in the image's pixels, labelled by COCO id (column + 1)", () => {
    const found = selectDetections({
      outputs: outputs([
        [[0.1, 0.2, 0.9, 0.6], { 17: 0.95 }], // a dog
        [[0.12, 0.21, 0.88, 0.62], { 17: 0.9 }], // the same dog, a little worse: suppressed
        [[0.0, 0.7, 0.5, 1.0], { 0: 0.8 }], // a person elsewhere
        [[0.5, 0.5, 0.6, 0.6], { 16: 0.3 }], // a cat below the threshold
      ]),
      image: { width: 1000, height: 500 },
      labels,
    });
    expect(found.map((d) => [d.label, d.classId])).toEqual([["dog", 18], ["person", 1]]);
    expect(found[0].score).toBeCloseTo(0.95, 6);
    expect(found[0].box.x).toBeCloseTo(200, 3);
    expect(found[0].box.y).toBeCloseTo(50, 3);
    expect(found[0].box.width).toBeCloseTo(400, 3);
    expect(found[0].box.height).toBeCloseTo(400, 3);
  });

  it("suppresses overlapping boxes of any class by default, and only of the same class when asked", () => {
    const overlapping = outputs([
      [[0.1, 0.1, 0.9, 0.9], { 17: 0.9 }],
      [[0.1, 0.1, 0.88, 0.9], { 16: 0.8 }],
    ]);
    const image = { width: 100, height: 100 };
    expect(selectDetections({ outputs: overlapping, image, labels }).map((d) => d.label)).toEqual(["dog"]);
    expect(selectDetections({ outputs: overlapping, image, labels, settings: { isPerClass: true } }).map((d) => d.label)).toEqual(["dog", "cat"]);
  });

  it("honours the threshold, the overlap limit and the maximum count, and clamps boxes to the image", () => {
    const many = outputs(Array.from({ length: 30 }, (_, i) => [[i / 30, 0, i / 30 + 1 / 60, 1.2], { 0: 0.99 - i / 100 }] as [number[], Record<number, number>]));
    const found = selectDetections({ outputs: many, image: { width: 10, height: 10 }, labels, settings: { maxDetections: 5, scoreThreshold: 0.1 } });
    expect(found).toHaveLength(5);
    expect(found.every((d) => d.box.x + d.box.width <= 10)).toBe(true);
    expect(selectDetections({ outputs: many, image: { width: 10, height: 10 }, labels, settings: { scoreThreshold: 0.995 } })).toEqual([]);
  });
});

describe("iou", () => {
  it("is 1 for the same box, 0 for disjoint or empty ones, and the overlap's share otherwise", () => {
    const a = { ymin: 0, xmin: 0, ymax: 1, xmax: 1 };
    expect(iou(a, a)).toBe(1);
    expect(iou(a, { ymin: 2, xmin: 2, ymax: 3, xmax: 3 })).toBe(0);
    expect(iou(a, { ymin: 0.5, xmin: 0.5, ymax: 0.5, xmax: 0.5 })).toBe(0);
    expect(iou(a, { ymin: 0, xmin: 0.5, ymax: 1, xmax: 1.5 })).toBeCloseTo(1 / 3, 6);
  });
});
