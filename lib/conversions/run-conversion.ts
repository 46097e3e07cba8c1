import { rm } from "node:fs/promises";
import { namedStagingPath, toStagedArtifact } from "@/lib/artifacts";
import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { messageOf, shouldRetry, type JobAttempt } from "@/lib/jobs";
import { resourceLogger } from "@/lib/logs";
import { registerModel } from "@/lib/models";
import { removeCalibrationUploads } from "./calibration-folder";
import { convertAndMeasure } from "./convert-and-measure";
import { translateAndMeasure } from "./translate-and-measure";
import { conversionProgress } from "./conversion-progress";
import { PRECISION_FROM_DB } from "./schemas";
import { logger } from "@/lib/logging";

// This process\'s own log (lib/logging), beside the resource\'s log the studio shows.
const processLog = logger("conversions");

const TERMINAL = new Set(["Succeeded", "Failed", "Cancelled", "TimedOut"]);

/**
 * The conversions-run job. Safe to run twice: a finished, cancelled or deleted conversion
 * returns at once, and an interrupted one starts over from the source (the staging file
 * of a killed attempt is named after the conversion and replaced). The result model and
 * the Succeeded state are written in one transaction, so a crash leaves either both or
 * neither: never a model without its conversion, never two versions for one conversion.
 */
export async function runConversion(options: { conversionId: string; signal?: AbortSignal; attempt: JobAttempt }) {
  const { conversionId: id, attempt } = options;
  const row = await db.conversion.findUnique({ where: { id }, include: { sourceModel: true } });
  if (!row || TERMINAL.has(row.state)) return;
  const log = resourceLogger("conversion", id);
  const claimed = await db.conversion.updateMany({ where: { id, state: { in: ["Queued", "Running"] } }, data: { state: "Running", progress: 0.02, startedAt: row.startedAt ?? new Date(), error: null } });
  if (claimed.count === 0) return;
  await log(attempt.number > 1 ? `Running again (attempt ${attempt.number} of ${attempt.max}); any earlier partial output is discarded` : "Running");

  const controller = new AbortController(); // cancel
  const timeoutMs = env().CONVERSION_TIMEOUT_SECONDS * 1000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([controller.signal, timeout, ...(options.signal ? [options.signal] : [])]);
  const stagingPath = namedStagingPath(`conversion-${id}`);
  try {
    const isTranslation = row.sourceModel.framework === "tensorflow";
    const work = { row, source: row.sourceModel, log, progress: conversionProgress({ id, controller }), signal };
    const result = isTranslation ? await translateAndMeasure(work) : await convertAndMeasure(work);
    const source = `${row.sourceModel.name}:${row.sourceModel.version}`;
    const precision = PRECISION_FROM_DB[row.precision];
    const model = await registerModel({
      staged: toStagedArtifact(result.staged),
      inspection: Promise.resolve(result.summary),
      name: row.resultName,
      description: isTranslation ? `ONNX translation of TensorFlow ${source}.` : `${precision} conversion of ${source} for ${row.deviceProfile}.`,
      tags: isTranslation ? { conversion: id, translatedFrom: "tensorflow" } : { conversion: id, precision, deviceProfile: row.deviceProfile },
      fileName: `${row.resultName}.onnx`,
      framework: isTranslation ? "onnx" : "accel_onnx",
      parentId: row.sourceModelId,
      preprocessing: "preprocessing" in result ? result.preprocessing : ((row.sourceModel.preprocessing ?? undefined) as never),
      // A source marked as a detector stays one; otherwise the result's recipe decides (registerModel).
      task: row.sourceModel.task === "detection" ? "detection" : undefined,
      onRegistered: async (tx, registered) => {
        // Only a conversion still running may take the result; a cancel meanwhile rolls the registration back.
        const done = await tx.conversion.updateMany({
          where: { id, state: "Running" },
          data: { state: "Succeeded", progress: 1, resultModelId: registered.id, accuracyReport: result.report as unknown as Prisma.InputJsonValue, finishedAt: new Date() },
        });
        if (done.count === 0) throw new AppError("invalid_state", "The conversion was cancelled before it finished.");
        await tx.resourceLog.create({ data: { resourceKind: "conversion", resourceId: id, message: `Succeeded: registered ${registered.name}:${registered.version} (${isTranslation ? "onnx" : "accel-onnx"})` } });
      },
    });
    return model;
  } catch (error) {
    if (controller.signal.aborted || (await isCancelled(id))) {
      await log("Stopped: the conversion was cancelled", "warn");
      return;
    }
    if (timeout.aborted) {
      await end(id, "TimedOut", `Timed out after ${env().CONVERSION_TIMEOUT_SECONDS} s (CONVERSION_TIMEOUT_SECONDS).`);
      await log(`Timed out after ${env().CONVERSION_TIMEOUT_SECONDS} s`, "error");
      return;
    }
    if (options.signal?.aborted) {
      await log("Interrupted: the worker is stopping; another attempt will start over", "warn");
      throw error;
    }
    const message = messageOf(error);
    if (shouldRetry(error, attempt)) {
      await log(`Attempt ${attempt.number} of ${attempt.max} failed, will retry: ${message}`, "warn");
      throw error;
    }
    if (!isAppError(error)) processLog.error({ err: error, conversion: id }, `conversion ${id} failed`);
    await end(id, "Failed", message);
    await log(`Failed: ${message}`, "error");
  } finally {
    await rm(stagingPath, { force: true });
    const after = await db.conversion.findUnique({ where: { id }, select: { state: true } });
    if (!after || TERMINAL.has(after.state)) await removeCalibrationUploads(id);
  }
}

async function isCancelled(id: string): Promise<boolean> {
  const row = await db.conversion.findUnique({ where: { id }, select: { state: true } });
  return !row || row.state === "Cancelled";
}

async function end(id: string, state: "Failed" | "TimedOut", error: string) {
  await db.conversion.updateMany({ where: { id, state: "Running" }, data: { state, error, finishedAt: new Date() } });
}
