// The detection part of a score response, as lib/serving/score-response.ts types it (the
// worker's detector builds it, lib/detection/select-detections.ts), under the names the
// studio's components use. Types and a pure reader only: safe to import from the browser.
import type { Detection, DetectionOptions } from "@/lib/detection/select-detections";
import type { ScoreResponse } from "@/lib/serving/score-response";

export type { Detection };
export type ModelTask = ScoreResponse["task"];
/** Box in the original image's pixels; x/y is the top-left corner. */
export type DetectionBox = Detection["box"];
export type DetectionSettings = DetectionOptions;

/** The detections of a score response, or null when it is a classifier's. */
export function readDetections(result: Pick<ScoreResponse, "task" | "detections" | "detectionSettings">): { detections: Detection[]; settings: DetectionSettings | null } | null {
  if (result.task !== "detection") return null;
  return { detections: result.detections ?? [], settings: result.detectionSettings ?? null };
}
