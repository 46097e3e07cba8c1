import type { ModelPreprocessing } from "./schemas";

/** What a model does with an image; stored per model (models.task). */
export type ModelTask = "classification" | "detection";

/**
 * The task a stored recipe implies: its outputs are detections or class scores. A catalog
 * entry's `task` and its outputs' kinds agree (catalogEntrySchema checks it), so a pulled
 * model's recipe says the same as its entry.
 */
export function taskOfPreprocessing(preprocessing: Pick<ModelPreprocessing, "outputs"> | null | undefined): ModelTask | undefined {
  if (!preprocessing) return undefined;
  return preprocessing.outputs.some((output) => output.kind === "detections") ? "detection" : "classification";
}
