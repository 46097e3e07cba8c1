import { readFile } from "node:fs/promises";
import type { ClassifierModel } from "@/lib/scoring/classify-image";
import { classifyImage } from "@/lib/scoring/classify-image";
import { createOwnSession } from "@/lib/scoring/session-cache";
import type { ClassScore } from "@/lib/scoring/types";
import type { CalibrationImageResult, ConversionReport } from "./types";

export type CalibrationImage = { name: string; path: string };
export type ExpectedLabels = Record<string, { top1: number; accept?: number[]; label?: string }>;
type Scored = { top: ClassScore[]; inferenceMs: number };

/**
 * Runs the source and the converted model on each calibration image (real inference,
 * onnxruntime) and compares what they say: whether the top-1 class agrees, how many of
 * the source's top-5 stay in the converted top-5, and the largest difference of any
 * class probability. Expected labels, where the folder has them, count what the
 * converted model still gets right.
 *
 * Each model gets a session of its own, on one thread, released before the next one
 * loads: a conversion is background work, and a ResNet-50's two sessions at once would
 * double the worker's memory and take both cores from scoring.
 */
export async function calibrateConversion(options: {
  source: ClassifierModel;
  converted: ClassifierModel;
  images: CalibrationImage[];
  expected: ExpectedLabels;
  folder: string;
  onImage?: (done: number, total: number) => Promise<void> | void;
}): Promise<ConversionReport["calibration"]> {
  const total = options.images.length * 2;
  let done = 0;
  const step = async () => options.onImage?.(++done, total);
  const sources = await scoreAll(options.source, options.images, step);
  const converted = await scoreAll(options.converted, options.images, step);
  const results = options.images.map((image, i) => compare(image.name, sources[i], converted[i], options.expected[image.name]));
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

async function scoreAll(model: ClassifierModel, images: CalibrationImage[], step: () => Promise<void>): Promise<Scored[]> {
  const session = await createOwnSession({ modelPath: model.path, intraOpNumThreads: 1 });
  try {
    const scored: Scored[] = [];
    for (const image of images) {
      // Every class, so the probabilities can be compared one by one.
      const result = await classifyImage({ image: await readFile(image.path), model, topK: 1000, session });
      scored.push({ top: result.top, inferenceMs: result.timings.inferenceMs });
      await step();
    }
    return scored;
  } finally {
    await session.release();
  }
}

function compare(image: string, source: Scored, converted: Scored, expected: ExpectedLabels[string] | undefined): CalibrationImageResult {
  const sourceTop5 = new Set(source.top.slice(0, 5).map((c) => c.index));
  const convertedProbability = new Map(converted.top.map((c) => [c.index, c.probability]));
  let maxAbsDiff = 0;
  for (const c of source.top) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(c.probability - (convertedProbability.get(c.index) ?? 0)));
  return {
    image,
    expectedLabel: expected ? (expected.label ?? `class ${expected.top1}`) : null,
    source: pick(source.top[0]),
    converted: pick(converted.top[0]),
    top1Agrees: source.top[0].index === converted.top[0].index,
    top5Overlap: converted.top.slice(0, 5).filter((c) => sourceTop5.has(c.index)).length,
    maxAbsDiff,
    sourceInferenceMs: source.inferenceMs,
    convertedInferenceMs: converted.inferenceMs,
  };
}

function pick(score: ClassScore) {
  return { label: score.label, index: score.index, probability: score.probability };
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
