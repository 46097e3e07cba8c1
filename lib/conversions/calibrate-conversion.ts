import { readFile } from "node:fs/promises";
import { classifyImage, type ClassifierModel } from "@/lib/scoring/classify-image";
import type { ClassScore } from "@/lib/scoring/types";
import type { CalibrationImageResult, ConversionReport } from "./types";

export type CalibrationImage = { name: string; path: string };
export type ExpectedLabels = Record<string, { top1: number; accept?: number[]; label?: string }>;

/**
 * Runs the source and the converted model on each calibration image (real inference,
 * onnxruntime) and compares what they say: whether the top-1 class agrees, how many of
 * the source's top-5 stay in the converted top-5, and the largest difference of any
 * class probability. Expected labels, where the folder has them, count what the
 * converted model still gets right.
 */
export async function calibrateConversion(options: {
  source: ClassifierModel;
  converted: ClassifierModel;
  images: CalibrationImage[];
  expected: ExpectedLabels;
  folder: string;
  onImage?: (done: number, total: number) => Promise<void> | void;
}): Promise<ConversionReport["calibration"]> {
  const results: CalibrationImageResult[] = [];
  for (const [index, image] of options.images.entries()) {
    const bytes = await readFile(image.path);
    // Every class, so the probabilities can be compared one by one.
    const [source, converted] = [await classifyAll(options.source, bytes), await classifyAll(options.converted, bytes)];
    const sourceTop5 = new Set(source.top.slice(0, 5).map((c) => c.index));
    const convertedProbability = new Map(converted.top.map((c) => [c.index, c.probability]));
    let maxAbsDiff = 0;
    for (const c of source.top) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(c.probability - (convertedProbability.get(c.index) ?? 0)));
    const expected = options.expected[image.name];
    results.push({
      image: image.name,
      expectedLabel: expected ? (expected.label ?? `class ${expected.top1}`) : null,
      source: pick(source.top[0]),
      converted: pick(converted.top[0]),
      top1Agrees: source.top[0].index === converted.top[0].index,
      top5Overlap: converted.top.slice(0, 5).filter((c) => sourceTop5.has(c.index)).length,
      maxAbsDiff,
      sourceInferenceMs: source.timings.inferenceMs,
      convertedInferenceMs: converted.timings.inferenceMs,
    });
    await options.onImage?.(index + 1, options.images.length);
  }
  const listed = results.filter((r) => options.expected[r.image]);
  const isRight = (r: CalibrationImageResult) => {
    const e = options.expected[r.image];
    return (e.accept ?? [e.top1]).includes(r.converted.index);
  };
  return {
    folder: options.folder,
    images: results,
    top1Agreement: mean(results.map((r) => (r.top1Agrees ? 1 : 0))),
    meanTop5Overlap: mean(results.map((r) => r.top5Overlap)),
    maxAbsDiff: Math.max(0, ...results.map((r) => r.maxAbsDiff)),
    expectedTop1: { kept: listed.filter(isRight).length, of: listed.length },
  };
}

async function classifyAll(model: ClassifierModel, image: Buffer) {
  return classifyImage({ image, model, topK: 1000 });
}

function pick(score: ClassScore) {
  return { label: score.label, index: score.index, probability: score.probability };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
