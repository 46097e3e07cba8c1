import type { Conversion, Model } from "@/lib/db";
import type { LogLine } from "@/lib/logs";
import { PRECISION_FROM_DB } from "./schemas";
import type { ConversionDto, ConversionReport, TranslationReport } from "./types";

export type ConversionRow = Conversion & { sourceModel: Pick<Model, "name" | "version" | "framework">; resultModel: Pick<Model, "name" | "version"> | null };

export const CONVERSION_INCLUDE = {
  sourceModel: { select: { name: true, version: true, framework: true } },
  resultModel: { select: { name: true, version: true } },
} as const;

export function toConversionDto(row: ConversionRow, log?: LogLine[]): ConversionDto {
  const self = `/api/v1/conversions/${row.id}`;
  // A conversion's target follows from its source: only TensorFlow models are translated to ONNX.
  const target = row.sourceModel.framework === "tensorflow" ? "onnx" : "accel-onnx";
  const stored = row.accuracyReport as (ConversionReport | TranslationReport | null) ?? null;
  return {
    id: row.id,
    state: row.state,
    progress: row.state === "Succeeded" ? 1 : row.progress,
    source: { name: row.sourceModel.name, version: row.sourceModel.version },
    inputTensors: row.inputTensors,
    outputTensors: row.outputTensors,
    target,
    inputShapes: (row.inputShapes as Record<string, number[]> | null) ?? null,
    deviceProfile: row.deviceProfile,
    precision: PRECISION_FROM_DB[row.precision],
    resultName: row.resultName,
    resultModel: row.resultModel ? { name: row.resultModel.name, version: row.resultModel.version } : null,
    report: target === "accel-onnx" ? (stored as ConversionReport | null) : null,
    translation: target === "onnx" ? (stored as TranslationReport | null) : null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    ...(log ? { log } : {}),
    links: { self, cancel: `${self}/cancel` },
  };
}
