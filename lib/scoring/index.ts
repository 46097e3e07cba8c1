// Public surface of lib/scoring: image → tensor → onnxruntime → top-k classes.
export { scoreImage, type ScoreImageOptions, type ScoreImageResult, type ScoreTimings, type ScoringModel } from "./score-image";
export { preprocessImage, DEFAULT_MAX_PIXELS, type PreprocessImageOptions, type PreprocessImageResult } from "./preprocess-image";
export { getSession, evictSession, type GetSessionOptions } from "./session-cache";
export { runInference, type RunInferenceOptions, type RunInferenceResult } from "./run-inference";
export { toTopK, type ToTopKOptions } from "./postprocess";
export { loadLabels, LABELS_FILE, type LoadLabelsOptions } from "./load-labels";
export { toFloat16Bits, fromFloat16Bits, float16ToFloat32Array } from "./float16";
export type { ClassScore, ImageSource, ImageTensor, Labels, OutputKind } from "./types";
