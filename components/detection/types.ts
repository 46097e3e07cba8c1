// The detection part of a score response (POST …/score on a model version or a service),
// as the worker's detector answers it (lib/detection/select-detections.ts builds the
// detections). Structurally the same as the fields lib/serving/score-response.ts gains,
// and read optionally, so the studio compiles and renders before and after they land.
// Types and pure readers only: safe to import from the browser.

export type ModelTask = "classification" | "detection";

/** Box in the original image's pixels; x/y is the top-left corner. */
export type DetectionBox = { x: number; y: number; width: number; height: number };

export type Detection = { classId: number; label: string; score: number; box: DetectionBox };

export type DetectionSettings = { scoreThreshold: number; iouThreshold: number; maxDetections: number; isPerClass: boolean };

/** What a response may carry beyond a classifier's fields. */
export type DetectionFields = { task?: ModelTask; detections?: Detection[]; detectionSettings?: DetectionSettings };

/** The task a model DTO or a score response names; classification when it names none (older servers). */
export function readTask(value: object | null | undefined): ModelTask {
  return (value as { task?: unknown } | null | undefined)?.task === "detection" ? "detection" : "classification";
}

/** The detections of a score response, or null when it is a classifier's. */
export function readDetections(result: object): { detections: Detection[]; settings: DetectionSettings | null } | null {
  const fields = result as DetectionFields;
  if (fields.task !== "detection" && !Array.isArray(fields.detections)) return null;
  return { detections: fields.detections ?? [], settings: fields.detectionSettings ?? null };
}
