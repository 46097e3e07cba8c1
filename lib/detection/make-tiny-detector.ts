// A small real SSD-shaped detector for the tests, written as ONNX with the tiny-model
// builders (lib/onnx/make-tiny-model.ts): it takes what the converted COCO SSD takes (a
// float32 [1,300,300,3] RGB image of 0–255 values, preprocessing ssd-300) and gives what
// it gives (per-anchor sigmoid scores [1,A,C], decoded boxes [1,A,1,4] ymin/xmin/ymax/xmax),
// so scoring, the head reader and the NPU simulation all meet the real format.
//
// Its "body" averages the image over a 10 × 10 grid of 30-pixel cells (one anchor per cell,
// row-major) and two 1 × 1 convolutions read each cell's mean red, green and blue (0–1):
// - class column 0 (COCO id 1, person) scores sigmoid(40 r − 40 g − 20): red cells;
// - column 1 (id 2, bicycle) scores sigmoid(40 g − 40 r − 20): green cells;
// - columns 2–4 score sigmoid(−10), never past a sensible threshold;
// - each cell's box is centred on the cell, half a side of 0.05 + 0.25 (r + g) of the
//   image: a bright cell's box spreads over its neighbours', as an SSD's overlapping
//   anchors do, so suppression has something to do.
import { initializer, makeTinyModel, node, valueInfo } from "@/lib/onnx/make-tiny-model";

export const TINY_DETECTOR = { input: "image", scores: "class_scores", boxes: "box_coords", grid: 10, cell: 30, classes: 5 } as const;

export function makeTinyDetector(): Uint8Array {
  const { grid, cell, classes } = TINY_DETECTOR;
  const anchors = grid * grid;
  const size = grid * cell;
  // 1×1 conv weights [out, in=3 (r, g, b)], biases [out].
  const classWeights = [40, -40, 0, -40, 40, 0, ...new Array((classes - 2) * 3).fill(0)];
  const classBias = [-20, -20, ...new Array(classes - 2).fill(-10)];
  const centres: number[] = [];
  for (let a = 0; a < anchors; a++) {
    const cy = (Math.floor(a / grid) + 0.5) / grid;
    const cx = ((a % grid) + 0.5) / grid;
    centres.push(cy, cx, cy, cx);
  }
  return makeTinyModel({
    inputs: [valueInfo(TINY_DETECTOR.input, [1, size, size, 3])],
    outputs: [valueInfo(TINY_DETECTOR.scores, [1, anchors, classes]), valueInfo(TINY_DETECTOR.boxes, [1, anchors, 1, 4])],
    initializers: [
      initializer("unit", [], { floats: [1 / 255] }),
      initializer("class_w", [classes, 3, 1, 1], { floats: classWeights }),
      initializer("class_b", [classes], { floats: classBias }),
      initializer("size_w", [1, 3, 1, 1], { floats: [1, 1, 0] }),
      initializer("scores_shape", [3], { int64: [1, classes, anchors] }),
      initializer("sizes_shape", [4], { int64: [1, anchors, 1, 1] }),
      initializer("growth", [], { floats: [0.25] }),
      initializer("least", [], { floats: [0.05] }),
      initializer("signs", [1, 1, 1, 4], { floats: [-1, -1, 1, 1] }),
      initializer("centres", [1, anchors, 1, 4], { floats: centres }),
    ],
    nodes: [
      node("Transpose", ["image"], ["nchw"], { perm: [0, 3, 1, 2] }),
      node("AveragePool", ["nchw"], ["pooled"], { kernel_shape: [cell, cell], strides: [cell, cell] }),
      node("Mul", ["pooled", "unit"], ["cells"]),
      // Scores: conv, sigmoid, [1,C,A] → [1,A,C].
      node("Conv", ["cells", "class_w", "class_b"], ["logits"]),
      node("Sigmoid", ["logits"], ["probabilities"]),
      node("Reshape", ["probabilities", "scores_shape"], ["by_class"]),
      node("Transpose", ["by_class"], [TINY_DETECTOR.scores], { perm: [0, 2, 1] }),
      // Boxes: centre ± half, half = 0.05 + 0.25 (r + g).
      node("Conv", ["cells", "size_w"], ["brightness"]),
      node("Reshape", ["brightness", "sizes_shape"], ["per_anchor"]),
      node("Mul", ["per_anchor", "growth"], ["grown"]),
      node("Add", ["grown", "least"], ["half"]),
      node("Mul", ["half", "signs"], ["offsets"]),
      node("Add", ["centres", "offsets"], [TINY_DETECTOR.boxes]),
    ],
  });
}
