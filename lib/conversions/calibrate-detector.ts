import { readFile } from "node:fs/promises";
import { boxIou, type Detection } from "@/lib/detection/select-detections";
import { detectObjects, type DetectorModel } from "@/lib/scoring/detect-objects";
import { mean, type CalibrationImage } from "./calibrate-conversion";
import type { CalibrationImageResult, ConversionReport } from "./types";

// Boxes of one object found by both models overlap by at least this much; the usual
// PASCAL VOC / COCO match criterion.
const MATCH_IOU = 0.5;

type Scored = { detections: Detection[]; inferenceMs: number };

/**
 * calibrateConversion's counterpart for detectors: both models find objects on each
 * calibration image (real inference, the scoring engine's own detection step) and their
 * detections are matched one to one, same class and IoU ≥ 0.5, in score order. The report
 * keeps the classifier's shape, read for detections: "top-1" is the best detection,
 * "top-5" the classes of the five best, and the largest difference is that of a matched
 * detection's score, or the whole score of a detection the converted model lost.
 */
export async function calibrateDetector(options: {
  source: DetectorModel;
  converted: DetectorModel;
  images: CalibrationImage[];
  folder: string;
  onImage?: (done: number, total: number) => Promise<void> | void;
}): Promise<ConversionReport["calibration"]> {
  const total = options.images.length * 2;
  let done = 0;
  const results: CalibrationImageResult[] = [];
  for (const image of options.images) {
    const bytes = await readFile(image.path);
    const source = await detect(options.source, bytes);
    await options.onImage?.(++done, total);
    const converted = await detect(options.converted, bytes);
    await options.onImage?.(++done, total);
    results.push(compare(image.name, source, converted));
  }
  return {
    folder: options.folder,
    images: results,
    top1Agreement: mean(results.map((r) => (r.top1Agrees ? 1 : 0))),
    meanTop5Overlap: mean(results.map((r) => r.top5Overlap)),
    maxAbsDiff: Math.max(0, ...results.map((r) => r.maxAbsDiff)),
    // expected.json lists ImageNet classes: nothing a COCO detector can be held to.
    expectedTop1: { kept: 0, of: 0 },
  };
}

async function detect(model: DetectorModel, image: Buffer): Promise<Scored> {
  const result = await detectObjects({ image, model });
  return { detections: result.detections, inferenceMs: result.timings.inferenceMs };
}

function compare(image: string, source: Scored, converted: Scored): CalibrationImageResult {
  const unmatched = new Set(converted.detections);
  let maxAbsDiff = 0;
  for (const found of source.detections) {
    const match = [...unmatched].find((c) => c.classId === found.classId && boxIou(c.box, found.box) >= MATCH_IOU);
    if (match) unmatched.delete(match);
    maxAbsDiff = Math.max(maxAbsDiff, Math.abs(found.score - (match?.score ?? 0)));
  }
  for (const extra of unmatched) maxAbsDiff = Math.max(maxAbsDiff, extra.score);
  const sourceTop5 = new Set(source.detections.slice(0, 5).map((d) => d.classId));
  const best = (s: Scored) => s.detections[0];
  return {
    image,
    expectedLabel: null,
    source: pick(best(source)),
    converted: pick(best(converted)),
    top1Agrees: best(source)?.classId === best(converted)?.classId,
    top5Overlap: new Set(converted.detections.slice(0, 5).map((d) => d.classId).filter((id) => sourceTop5.has(id))).size,
    maxAbsDiff,
    sourceInferenceMs: source.inferenceMs,
    convertedInferenceMs: converted.inferenceMs,
  };
}

/** The best detection as the report's class pick; an image with none says so. */
function pick(detection: Detection | undefined) {
  return detection ? { label: detection.label, index: detection.classId, probability: detection.score } : { label: "(nothing detected)", index: -1, probability: 0 };
}
