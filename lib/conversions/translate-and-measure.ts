import { localArtifact } from "@/lib/artifacts";
import { COCO_SSD_BOXES, COCO_SSD_INPUT, COCO_SSD_PREPROCESSING, COCO_SSD_SCORES } from "@/lib/catalog/coco-ssd-preprocessing";
import type { ModelPreprocessing } from "@/lib/catalog/schemas";
import type { Conversion, Model } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { detectModelForm } from "@/lib/tensorflow/detect-model-form";
import { runInModelThread } from "@/lib/threads/run-in-model-thread";
import type { conversionProgress } from "./conversion-progress";
import type { TranslationReport } from "./types";

type Log = (message: string, level?: "info" | "warn" | "error") => Promise<void>;

// One seeded random input: a wrong translation (a transposed weight, a misplaced pad)
// misses on any input, and TF.js's pure-JS CPU kernels take 2.5 s (idle) to 17 s (under
// load) for one COCO SSD run where onnxruntime takes 13–290 ms (BENCHMARKS.md, bench:detect).
const REFERENCE_SAMPLES = 1;

/**
 * The work of a TensorFlow → ONNX conversion: translate the graph between the requested
 * tensors and check it against TensorFlow's own runtime, both in the model thread pool
 * (CPU-bound, off the worker's event loop). Returns the staged file, not yet in the store,
 * and the recipe the registered ONNX model gets.
 */
export async function translateAndMeasure(options: { row: Conversion; source: Model; log: Log; progress: ReturnType<typeof conversionProgress>; signal: AbortSignal }) {
  const { row, source, log, progress, signal } = options;
  const started = performance.now();
  const form = detectModelForm({ fileName: source.fileName });
  if (form === "onnx") throw new AppError("unsupported_model", `${source.name}:${source.version}'s file is not a TensorFlow graph.`);
  const preprocessing = translatedPreprocessing({ source, inputTensors: row.inputTensors, outputTensors: row.outputTensors });
  await log(`Reading the TensorFlow graph of ${source.name}:${source.version} and translating ${row.inputTensors.join(", ")} → ${row.outputTensors.join(", ")} to ONNX`);
  await progress.step(0.05);
  const translated = await runInModelThread("translateTensorflow", {
    sourcePath: await localArtifact(source.digest),
    form,
    inputTensors: row.inputTensors,
    outputTensors: row.outputTensors,
    inputShapes: (row.inputShapes as Record<string, number[]> | null) ?? undefined,
    stagingName: `conversion-${row.id}`,
    // Raw pixel values when the recipe feeds bytes or leaves the scaling to the graph.
    isPixelRange: preprocessing !== undefined && (preprocessing.dtype === "uint8" || preprocessing.scale === 1),
    samples: REFERENCE_SAMPLES,
  });
  signal.throwIfAborted();
  const { report } = translated;
  const ops = Object.entries(report.translatedOps).sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op} ×${n}`).join(", ");
  await log(`Translated ${report.sourceNodes} TensorFlow nodes into ${report.onnxNodes} ONNX nodes (${ops})`);
  const worst = report.reference.maxRelativeDiff;
  const timing = report.reference.samples.map((s) => `TF.js ${s.tensorflowMs.toFixed(0)} ms, onnxruntime ${s.onnxMs.toFixed(0)} ms`).join("; ");
  await log(`Checked against ${report.reference.runtime} on ${report.reference.samples.length === 1 ? "a seeded random input" : `${report.reference.samples.length} seeded random inputs`}: largest difference ${worst.toExponential(2)} of an output's scale (tolerance ${report.reference.tolerance}); ${timing}`);
  if (preprocessing) await log(`Recorded the ${preprocessing.code} preprocessing (${preprocessing.labels} labels) on the result: it is a ${preprocessing.outputs.every((o) => o.kind === "detections") ? "detector" : "classifier"}`);
  await progress.step(0.9);
  const full: TranslationReport = { ...report, durationMs: performance.now() - started };
  return { staged: translated.staged, summary: translated.summary, report: full, preprocessing };
}

/**
 * The recipe of the translated model: the source's own when it has one; else, for TensorFlow's
 * COCO SSD cut where its Preprocessor ends, that detector's (lib/catalog/coco-ssd-preprocessing.ts),
 * which also makes the result a detector. Otherwise none: the model page asks for one.
 */
function translatedPreprocessing(options: { source: Model; inputTensors: string[]; outputTensors: string[] }): ModelPreprocessing | undefined {
  if (options.source.preprocessing) return options.source.preprocessing as ModelPreprocessing;
  const strip = (name: string) => name.replace(/:0$/, "");
  const inputs = options.inputTensors.map(strip);
  const outputs = options.outputTensors.map(strip);
  const isCocoSsd = inputs.length === 1 && inputs[0] === COCO_SSD_INPUT && outputs.length === 2 && outputs[0] === COCO_SSD_SCORES && outputs[1] === COCO_SSD_BOXES;
  return isCocoSsd ? COCO_SSD_PREPROCESSING : undefined;
}
