// Shapes shared by the scoring engine's steps (decode → tensor → inference → top-k).

/**
 * A model input built from an image. float16 travels as Uint16Array bit patterns,
 * which is how onnxruntime-node accepts it where Float16Array does not exist (Node 20).
 */
export type ImageTensor =
  | { dtype: "float32"; data: Float32Array; dims: number[] }
  | { dtype: "float16"; data: Uint16Array; dims: number[] }
  | { dtype: "uint8"; data: Uint8Array; dims: number[] };

/** What the uploaded file was, as decoded. width/height are upright (after EXIF rotation). */
export type ImageSource = {
  format: string;
  width: number;
  height: number;
  /** The EXIF orientation tag (1–8) when the file has one; already applied to the pixels. */
  orientation?: number;
  hasAlpha: boolean;
  channels: number;
  /** The decoder's colour space before conversion to sRGB ("srgb", "b-w", "cmyk", "rgb16", …). */
  space: string;
};

/**
 * What a model's output holds: raw class scores (softmax needed), class probabilities,
 * or detections (boxes, not classes). Stored per model in its preprocessing record.
 */
export type OutputKind = "logits" | "probabilities" | "detections";
export type ClassifierOutputKind = Exclude<OutputKind, "detections">;

export type ClassScore = { index: number; label: string; probability: number };

/**
 * Class names in index order. `names` is empty when no label file was found; the engine
 * then calls class i "class i", so scoring still works without the file.
 */
export type Labels = { names: readonly string[]; source: string | null };

/**
 * Dynamic batching of one queue (lib/scoring/batch-inference.ts): requests with the same
 * `key` (a service's name) that reach the engine within `maxQueueDelayMs` of the first,
 * up to `maxBatchSize` of them, run as one inference.
 */
export type BatchingOptions = { key: string; maxBatchSize: number; maxQueueDelayMs: number };
