// Public surface of lib/scoring. Scoring a model version is one service,
// scoreModelVersion; the rest are its steps, exported for the tests that pin them down.
export { scoreModelVersion, type ScoreModelVersionOptions } from "./score-model-version";
export { detectionSettingsOf, scoreQuerySchema, type ScoreQuery } from "./schemas";
export { classifyImage, type ClassifierModel, type ClassifyImageResult, type EngineTimings } from "./classify-image";
export { preprocessImage, DEFAULT_MAX_PIXELS, type PreprocessImageOptions, type PreprocessImageResult } from "./preprocess-image";
export { getSession, evictSession, type GetSessionOptions } from "./session-cache";
export { runInference, type RunInferenceOptions, type RunInferenceResult } from "./run-inference";
export { toTopK, type ToTopKOptions } from "./postprocess";
export { loadLabels, LABELS_FILE, type LoadLabelsOptions } from "./load-labels";
export { loadCocoLabels, COCO_LABELS_FILE, type CocoLabels } from "./load-coco-labels";
export { detectObjects, type DetectorModel, type DetectObjectsResult } from "./detect-objects";
export { toFloat16Bits, fromFloat16Bits, float16ToFloat32Array } from "./float16";
export type { ClassifierOutputKind, ClassScore, ImageSource, ImageTensor, Labels, OutputKind } from "./types";
