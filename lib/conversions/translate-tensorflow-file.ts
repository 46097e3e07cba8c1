import * as ort from "onnxruntime-node";
import { createHashedFileWriter, type HashedFileWriter } from "@/lib/artifacts/hashed-file-writer";
import { AppError } from "@/lib/errors";
import { readOnnxSummary } from "@/lib/onnx/read-onnx-summary";
import type { GraphSummary } from "@/lib/onnx/types";
import { convertTensorflowToOnnx, readTensorflowGraph, runTensorflowReference } from "@/lib/tensorflow";
import { makeReferenceFeeds, type ReferenceFeed } from "./make-reference-feeds";
import type { TranslationReport } from "./types";

export type TranslateTensorflowFileOptions = {
  sourcePath: string;
  form: "tf-graphdef" | "tf-archive";
  inputTensors: string[];
  outputTensors: string[];
  inputShapes?: Record<string, number[]>;
  /** The staging file's name (the conversion id), so a retry can remove what a killed attempt left. */
  stagingName: string;
  /** Feeds span 0…255 for a graph that takes raw pixel values, else 0…1 (make-reference-feeds.ts). */
  isPixelRange: boolean;
  /** How many seeded random inputs both runtimes score. */
  samples: number;
};

export type TranslatedTensorflowFile = {
  staged: { tmpPath: string; digest: string; sizeBytes: number };
  summary: GraphSummary;
  report: Omit<TranslationReport, "durationMs">;
};

/**
 * A translation's answer to "is it right?": the largest difference the two runtimes may
 * show on one output, relative to the output's own scale. Both compute in float32, in a
 * different order (TF.js's CPU kernels sum a convolution one way, onnxruntime's MLAS
 * another, and folding batch norm into the weights rounds once more), so exact equality
 * is not to be had; tests/tensorflow-convert.test.ts measured the three test models
 * well inside this bound. A wrong translation (a transposed weight, a misplaced pad)
 * misses it by orders of magnitude.
 */
export const TRANSLATION_TOLERANCE = 1e-3;

/**
 * Runs in a model thread: reads a TensorFlow model, translates the part between the named
 * tensors to ONNX (lib/tensorflow/to-onnx), stages the file, and proves it: the original
 * graph on TensorFlow's own runtime (TF.js) and the translation on onnxruntime score the
 * same seeded inputs, and a difference beyond the tolerance fails the conversion rather
 * than registering a model that computes something else.
 */
export async function translateTensorflowFile(options: TranslateTensorflowFileOptions): Promise<TranslatedTensorflowFile> {
  const graph = await readTensorflowGraph({ path: options.sourcePath, form: options.form });
  const translated = convertTensorflowToOnnx({ graph, inputs: options.inputTensors, outputs: options.outputTensors, inputShapes: options.inputShapes });
  const feeds = makeReferenceFeeds({ inputs: translated.inputs, isPixelRange: options.isPixelRange, samples: options.samples });
  const samples = await compareRuntimes({ graph, bytes: translated.bytes, feeds, inputTensors: options.inputTensors, outputTensors: options.outputTensors, onnxOutputs: translated.outputs.map((o) => o.name) });

  let writer: HashedFileWriter | undefined = createHashedFileWriter({ stagingName: options.stagingName });
  try {
    writer.write(translated.bytes);
    const staged = writer.finish();
    writer = undefined;
    const summary = await readOnnxSummary({ path: staged.tmpPath, batchSize: 1 });
    const maxRelativeDiff = Math.max(0, ...samples.flatMap((s) => s.outputs.map((o) => o.maxAbsDiff / Math.max(1, o.maxAbsValue))));
    const report: TranslatedTensorflowFile["report"] = {
      target: "onnx",
      sourceNodes: graph.nodes.length,
      onnxNodes: summary.layers.length,
      translatedOps: translated.translatedOps,
      inputs: translated.inputs,
      outputs: translated.outputs,
      reference: {
        runtime: "TensorFlow.js 4.22, CPU backend",
        samples,
        maxRelativeDiff,
        tolerance: TRANSLATION_TOLERANCE,
      },
    };
    if (!(maxRelativeDiff <= TRANSLATION_TOLERANCE)) {
      throw new AppError("unsupported_model", `The translated model disagrees with TensorFlow: the largest difference is ${maxRelativeDiff.toExponential(2)} of an output's scale, beyond the tolerance of ${TRANSLATION_TOLERANCE}. Nothing was registered.`, { maxRelativeDiff });
    }
    return { staged, summary, report };
  } catch (error) {
    writer?.abort();
    throw error;
  }
}

async function compareRuntimes(options: { graph: Parameters<typeof runTensorflowReference>[0]["graph"]; bytes: Uint8Array; feeds: ReferenceFeed[]; inputTensors: string[]; outputTensors: string[]; onnxOutputs: string[] }) {
  const session = await ort.InferenceSession.create(options.bytes);
  try {
    const results: TranslationReport["reference"]["samples"] = [];
    for (const feed of options.feeds) {
      const tfStarted = performance.now();
      const expected = await runTensorflowReference({ graph: options.graph, feeds: Object.fromEntries(options.inputTensors.map((name, i) => [name, feed.tensors[i]])), outputs: options.outputTensors });
      const onnxStarted = performance.now();
      const onnxFeeds = Object.fromEntries(session.inputNames.map((name, i) => [name, new ort.Tensor(feed.tensors[i].dtype, feed.tensors[i].data, feed.tensors[i].shape)]));
      const actual = await session.run(onnxFeeds);
      const finished = performance.now();
      results.push({
        name: feed.name,
        tensorflowMs: onnxStarted - tfStarted,
        onnxMs: finished - onnxStarted,
        outputs: options.outputTensors.map((name, i) => compareOutput(name, expected[name].data, actual[options.onnxOutputs[i]].data as Float32Array)),
      });
    }
    return results;
  } finally {
    await session.release();
  }
}

function compareOutput(name: string, expected: Float32Array, actual: Float32Array) {
  if (expected.length !== actual.length) {
    throw new AppError("unsupported_model", `The translated model's output ${name} has ${actual.length} values where TensorFlow gives ${expected.length}. Nothing was registered.`);
  }
  let maxAbsDiff = 0;
  let maxAbsValue = 0;
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs(expected[i] - actual[i]);
    // NaN on either side is a disagreement, never a pass.
    maxAbsDiff = Number.isNaN(diff) ? Infinity : Math.max(maxAbsDiff, diff);
    maxAbsValue = Math.max(maxAbsValue, Math.abs(expected[i]));
  }
  return { name, maxAbsDiff, maxAbsValue };
}
