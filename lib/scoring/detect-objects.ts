import { Tensor, type InferenceSession } from "onnxruntime-node";
import type { PreprocessingSpec } from "@/lib/catalog";
import { readDetectorOutputs, type DetectorHead, type OutputTensor } from "@/lib/detection/read-detector-outputs";
import { DEFAULT_DETECTION_OPTIONS, selectDetections, type Detection, type DetectionOptions } from "@/lib/detection/select-detections";
import { AppError } from "@/lib/errors";
import type { EngineTimings } from "./classify-image";
import { checkImageInput } from "./check-image-input";
import { float16ToFloat32Array } from "./float16";
import { cocoIdOfContiguous, loadCocoLabels } from "./load-coco-labels";
import { planGeometry } from "./plan-geometry";
import { preprocessImage } from "./preprocess-image";
import { getSession } from "./session-cache";

/** What the engine needs of a detector: its file and how to feed it. */
export type DetectorModel = { digest: string; path: string; preprocessing: PreprocessingSpec };

export type DetectObjectsResult = {
  detections: Detection[];
  settings: DetectionOptions;
  head: DetectorHead;
  timings: EngineTimings;
  input: { format: string; width: number; height: number };
};

/**
 * The engine step of scoring a detector, classify-image.ts's counterpart: decode and
 * preprocess, one run giving every output, then the head read (read-detector-outputs.ts)
 * and the threshold and suppression (select-detections.ts) on this thread's CPU.
 *
 * Always unbatched, even for a service that batches: a detector answers with several
 * tensors (batch-inference.ts splits one output), NMS runs per image anyway, and the
 * simulated FPGA runs batch 1 (FPGA.md), so batching would only reshuffle CPU work.
 */
export async function detectObjects(options: { image?: Buffer; model: DetectorModel; settings?: Partial<DetectionOptions>; labelsDir?: string; maxPixels?: number }): Promise<DetectObjectsResult> {
  const { model } = options;
  const settings = { ...DEFAULT_DETECTION_OPTIONS, ...options.settings };
  const started = performance.now();
  if (!options.image?.length) throw new AppError("empty_file", "Send an image: a detector scores images, not tensors.");
  const sessionLoading = getSession({ digest: model.digest, modelPath: model.path });
  const labelsLoading = loadCocoLabels({ dir: options.labelsDir });
  sessionLoading.catch(() => undefined);
  labelsLoading.catch(() => undefined);

  const { tensor, source, timings } = await preprocessImage({ input: options.image, spec: model.preprocessing, maxPixels: options.maxPixels });
  const session = await sessionLoading;
  const inputName = session.inputNames[0];
  checkImageInput({ session, inputName, tensor });
  const inferenceStarted = performance.now();
  const results = await session.run({ [inputName]: new Tensor(tensor.dtype, tensor.data, tensor.dims) });
  const inferenceMs = performance.now() - inferenceStarted;

  const labels = await labelsLoading;
  const postStarted = performance.now();
  const outputs = Object.fromEntries(Object.entries(results).map(([name, value]) => [name, toOutputTensor(value, name)]));
  const { head, ...read } = readDetectorOutputs({ outputs, cocoIdOfContiguous: (n) => cocoIdOfContiguous(labels, n) });
  // Normalised to the model's input, then mapped back through the preprocessing's geometry.
  const normalised = selectDetections({ outputs: read, image: { width: 1, height: 1 }, labels: labels.names, settings });
  const toPixels = boxMapper({ width: source.width, height: source.height, spec: model.preprocessing });
  const detections = normalised.map((d) => ({ ...d, box: toPixels(d.box) }));
  const finished = performance.now();
  return {
    detections,
    settings,
    head,
    timings: { ...timings, queueMs: 0, inferenceMs, postprocessMs: finished - postStarted, totalMs: finished - started, batchSize: 1 },
    input: { format: source.format, width: source.width, height: source.height },
  };
}

type Box = Detection["box"];

/**
 * From a box normalised to the model's input to the upright original's pixels (the width
 * and height preprocessing saw, after EXIF rotation): a stretch (ssd-300, P4) or no resize
 * (P5) scales by the original's size; a resize and centre crop adds the crop's offset first.
 */
function boxMapper({ width, height, spec }: { width: number; height: number; spec: PreprocessingSpec }): (box: Box) => Box {
  const geometry = planGeometry({ width, height, spec });
  const resized = geometry.resize ?? { width, height };
  const crop = geometry.crop ?? { left: 0, top: 0, width: resized.width, height: resized.height };
  const sx = width / resized.width;
  const sy = height / resized.height;
  return (box) => ({
    x: round((crop.left + box.x * crop.width) * sx),
    y: round((crop.top + box.y * crop.height) * sy),
    width: round(box.width * crop.width * sx),
    height: round(box.height * crop.height * sy),
  });
}

function toOutputTensor(value: InferenceSession.OnnxValueMapType[string], name: string): OutputTensor {
  const tensor = value as Tensor;
  const dims = [...tensor.dims];
  switch (tensor.type) {
    case "float32":
      return { data: tensor.data as Float32Array, dims };
    case "float16":
      return { data: tensor.data instanceof Uint16Array ? float16ToFloat32Array(tensor.data) : Float32Array.from(tensor.data as ArrayLike<number>), dims };
    case "float64":
    case "int32":
    case "uint8":
    case "int8":
      return { data: Float32Array.from(tensor.data as ArrayLike<number>), dims };
    case "int64":
      // Class ids (ssd-12's labels): small whole numbers, exact as floats.
      return { data: Float32Array.from(tensor.data as BigInt64Array, Number), dims };
    default:
      throw new AppError("unsupported_model", `The model's output "${name}" holds ${tensor.type} values, which no detector head has.`);
  }
}

// Sub-pixel precision is noise beside a detector's accuracy; two decimals keep the JSON short.
const round = (v: number) => Math.round(v * 100) / 100;
