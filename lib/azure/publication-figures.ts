import type { Conversion, Model } from "@/lib/db";
import type { ConversionReport } from "@/lib/conversions/types";

/** Azure ML tag and property keys the studio writes on what it publishes (all values strings, as Azure keeps them). */
export const DIGEST_PROPERTY = "accel.digest";

/**
 * What a published version carries. Properties (immutable in Azure ML) hold every figure
 * and the digest publishing is idempotent on; tags (shown in the studio's model list, and
 * editable there) repeat the few a person filters by.
 */
export function publicationFigures(model: Model, conversion: Pick<Conversion, "accuracyReport"> | null): { tags: Record<string, string>; properties: Record<string, string>; description: string } {
  const report = conversion?.accuracyReport as ConversionReport | null | undefined;
  const figures: Record<string, string> = {
    [DIGEST_PROPERTY]: model.digest,
    "accel.localModel": `${model.name}:${model.version}`,
    "accel.framework": model.framework === "accel_onnx" ? "accel-onnx" : model.framework,
    "accel.sizeBytes": String(model.sizeBytes),
  };
  if (report) {
    const { calibration, latency } = report;
    Object.assign(figures, {
      "accel.precision": report.precision,
      "accel.deviceProfile": report.deviceProfile,
      "accel.blockSize": String(report.numerics.blockSize),
      "accel.top1Agreement": String(calibration.top1Agreement),
      "accel.meanTop5Overlap": String(calibration.meanTop5Overlap),
      "accel.maxAbsDiff": String(calibration.maxAbsDiff),
      "accel.calibrationImages": String(calibration.images.length),
      "accel.expectedTop1Kept": `${calibration.expectedTop1.kept}/${calibration.expectedTop1.of}`,
      "accel.simulatedLatencyMs": latency.converted.totalMs.toFixed(3),
      "accel.sourceSimulatedLatencyMs": latency.source.totalMs.toFixed(3),
      "accel.fpgas": String(latency.converted.fpgas),
      "accel.weightPlacement": latency.converted.weightPlacement,
    });
  }
  const tagKeys = ["accel.precision", "accel.deviceProfile", "accel.top1Agreement", "accel.simulatedLatencyMs"];
  const tags = { ...(model.tags as Record<string, string>), "accel.source": "accel-studio", ...Object.fromEntries(tagKeys.filter((k) => k in figures).map((k) => [k, figures[k]])) };
  const description = model.description || (report ? `${model.name}:${model.version}, converted to ${report.precision} for ${report.deviceProfile} by Accel Studio` : `${model.name}:${model.version}, published by Accel Studio`);
  return { tags, properties: figures, description };
}
