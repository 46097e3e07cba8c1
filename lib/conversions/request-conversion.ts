import { randomUUID } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog } from "@/lib/logs";
import { getModelOrThrow } from "@/lib/models";
import { localArtifact } from "@/lib/artifacts";
import { getModelSummary } from "@/lib/scoring/get-model-summary";
import { removeCalibrationUploads, storeCalibrationUploads } from "./calibration-folder";
import { checkConvertible } from "./check-convertible";
import { createConversionSchema, PRECISION_TO_DB } from "./schemas";
import { getConversionOrThrow } from "./get-conversion";

/**
 * Queues a conversion (POST /api/v1/conversions): checks the source and the tensor names
 * against its graph first, as Azure's converter did, so that a bad request never gets a
 * row; then writes the row, its first log line and its job in one transaction.
 */
export async function requestConversion(input: unknown) {
  const request = createConversionSchema.parse(input);
  const model = await getModelOrThrow({ name: request.model, version: request.version });
  const summary = await getModelSummary({ digest: model.digest, path: await localArtifact(model.digest) });
  checkConvertible({ model, summary, inputTensors: request.inputTensors, outputTensors: request.outputTensors });

  const id = randomUUID();
  const uploads = request.calibrationImages ? await storeCalibrationUploads({ conversionId: id, images: request.calibrationImages }) : [];
  const resultName = request.resultName ?? `${model.name}-accel`.slice(0, 255);
  try {
    await db.$transaction(async (tx) => {
      await tx.conversion.create({
        data: {
          id,
          sourceModelId: model.id,
          inputTensors: request.inputTensors,
          outputTensors: request.outputTensors,
          deviceProfile: request.deviceProfile,
          precision: PRECISION_TO_DB[request.precision],
          blockSize: request.blockSize,
          resultName,
          calibrationImages: uploads as unknown as Prisma.InputJsonValue,
        },
      });
      const what = `${request.precision}${request.precision.startsWith("ms-fp") ? ` (blocks of ${request.blockSize})` : ""}`;
      await appendLog({ tx, kind: "conversion", id, message: `Queued: convert ${model.name}:${model.version} to ${what} for ${request.deviceProfile}, registering the result as ${resultName}` });
      await addJob(tx, TASKS.conversionsRun, { conversionId: id }, { jobKey: `conversion:${id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
    });
  } catch (error) {
    await removeCalibrationUploads(id);
    throw error;
  }
  return getConversionOrThrow({ id });
}
