// The names and shapes of a detector's output tensors on TF Serving and v2 (the TensorFlow
// Object Detection API's serving signature; detection-tensors.ts says what each holds).
// Constants only, so the studio's Consume tab can import them.

export const DETECTION_OUTPUTS = ["detection_boxes", "detection_scores", "detection_classes", "num_detections"] as const;
export type DetectionOutputName = (typeof DETECTION_OUTPUTS)[number];
/** Their shapes as metadata describes them: -1 is the number of detections, known per answer. */
export const DETECTION_SHAPES: Record<DetectionOutputName, number[]> = { detection_boxes: [1, -1, 4], detection_scores: [1, -1], detection_classes: [1, -1], num_detections: [1] };
