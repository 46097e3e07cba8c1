import { AppError } from "@/lib/errors";
import { DETECTION_OUTPUTS, type DetectionOutputName } from "./detection-outputs";
import type { ScoreResponse } from "./score-response";

export { DETECTION_OUTPUTS, DETECTION_SHAPES } from "./detection-outputs";

// A detector's answer as named tensors, for the protocols that speak tensors (TF Serving
// REST and gRPC, KServe v2). The names, layouts and meanings are those of the TensorFlow
// Object Detection API's exported serving signature, which TF Serving clients of a
// detector already read: boxes [1, N, 4] as ymin, xmin, ymax, xmax normalised to the
// image (0…1), scores [1, N], classes [1, N] as float class ids (COCO ids here), and
// num_detections [1]. N is what the threshold and suppression kept, best first.

export type NamedTensor = { name: string; dims: number[]; values: Float32Array };

/** The detection tensors of a detector's score; `only` picks some by name (an unknown one is refused). */
export function detectionTensors(response: Pick<ScoreResponse, "detections" | "input">, only?: readonly string[]): NamedTensor[] {
  const detections = response.detections ?? [];
  const { width, height } = response.input;
  const n = detections.length;
  const boxes = new Float32Array(n * 4);
  detections.forEach((d, i) => boxes.set([d.box.y / height, d.box.x / width, (d.box.y + d.box.height) / height, (d.box.x + d.box.width) / width], i * 4));
  const all: Record<DetectionOutputName, NamedTensor> = {
    detection_boxes: { name: "detection_boxes", dims: [1, n, 4], values: boxes },
    detection_scores: { name: "detection_scores", dims: [1, n], values: Float32Array.from(detections, (d) => d.score) },
    detection_classes: { name: "detection_classes", dims: [1, n], values: Float32Array.from(detections, (d) => d.classId) },
    num_detections: { name: "num_detections", dims: [1], values: Float32Array.of(n) },
  };
  if (!only?.length) return DETECTION_OUTPUTS.map((name) => all[name]);
  const unknown = only.filter((name) => !(DETECTION_OUTPUTS as readonly string[]).includes(name));
  if (unknown.length) throw new AppError("validation_failed", `A detector answers ${DETECTION_OUTPUTS.join(", ")}; it has no output ${unknown.map((u) => `"${u}"`).join(", ")}.`, { outputs: [...DETECTION_OUTPUTS] });
  return only.map((name) => all[name as DetectionOutputName]);
}
