import { randomUUID } from "node:crypto";
import { db, type Model, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { detectModelForm } from "@/lib/tensorflow/detect-model-form";
import { runInModelThread } from "@/lib/threads/run-in-model-thread";
import { env } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog } from "@/lib/logs";
import { getModelOrThrow } from "@/lib/models";
import { localArtifact } from "@/lib/artifacts";
import { getModelSummary } from "@/lib/scoring/get-model-summary";
import { removeCalibrationUploads, storeCalibrationUploads } from "./calibration-folder";
import { checkConvertible } from "./check-convertible";
import { createConversionSchema, PRECISION_TO_DB, type ConversionTarget } from "./schemas";
import { getConversionOrThrow } from "./get-conversion";

/**
 * Queues a conversion (POST /api/v1/conversions): checks the source and the tensor names
 * against its graph first, as Azure's converter did, so that a bad request never gets a
 * row; then writes the row, its first log line and its job in one transaction.
 */
export async function requestConversion(input: unknown) {
  const request = createConversionSchema.parse(input);
  const model = await getModelOrThrow({ name: request.model, version: request.version });
  const target = checkTarget(model, request.target);
  if (target === "onnx") {
    const form = detectModelForm({ fileName: model.fileName });
    if (form === "onnx") throw new AppError("unsupported_model", `${model.name}:${model.version}'s file is not a TensorFlow graph.`);
    await runInModelThread("checkTensorflowConversion", { path: await localArtifact(model.digest), form, inputTensors: request.inputTensors, outputTensors: request.outputTensors, inputShapes: request.inputShapes });
  } else {
    if (request.inputShapes) throw new AppError("validation_failed", "inputShapes applies to TensorFlow → ONNX conversions; an ONNX model's input shapes are in its graph.");
    const summary = await getModelSummary({ digest: model.digest, path: await localArtifact(model.digest) });
    checkConvertible({ model, summary, inputTensors: request.inputTensors, outputTensors: request.outputTensors });
  }

  const id = randomUUID();
  const uploads = request.calibrationImages ? await storeCalibrationUploads({ conversionId: id, images: request.calibrationImages }) : [];
  const resultName = request.resultName ?? `${model.name}-${target === "onnx" ? "onnx" : "accel"}`.slice(0, 255);
  try {
    await db.$transaction(async (tx) => {
      await tx.conversion.create({
        data: {
          id,
          sourceModelId: model.id,
          inputTensors: request.inputTensors,
          outputTensors: request.outputTensors,
          inputShapes: request.inputShapes,
          deviceProfile: request.deviceProfile,
          // A translation keeps the graph's float32; precision and profile apply to accel-onnx.
          precision: target === "onnx" ? "fp32" : PRECISION_TO_DB[request.precision],
          blockSize: request.blockSize,
          resultName,
          calibrationImages: uploads as unknown as Prisma.InputJsonValue,
        },
      });
      const what = `${request.precision}${request.precision.startsWith("ms-fp") ? ` (blocks of ${request.blockSize})` : ""} for ${request.deviceProfile}`;
      const message = target === "onnx"
        ? `Queued: translate TensorFlow ${model.name}:${model.version} to ONNX from ${request.inputTensors.join(", ")} to ${request.outputTensors.join(", ")}, registering the result as ${resultName}`
        : `Queued: convert ${model.name}:${model.version} to ${what}, registering the result as ${resultName}`;
      await appendLog({ tx, kind: "conversion", id, message });
      await addJob(tx, TASKS.conversionsRun, { conversionId: id }, { jobKey: `conversion:${id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
    });
  } catch (error) {
    await removeCalibrationUploads(id);
    throw error;
  }
  return getConversionOrThrow({ id });
}

/** The target a request may have: a TensorFlow model becomes ONNX, an ONNX model accel-onnx. */
function checkTarget(model: Model, requested: ConversionTarget | undefined): ConversionTarget {
  const label = `${model.name}:${model.version}`;
  const target: ConversionTarget = requested ?? (model.framework === "tensorflow" ? "onnx" : "accel-onnx");
  if (model.framework === "tensorflow" && target !== "onnx") {
    throw new AppError("unsupported_model", `${label} is a TensorFlow model: convert it to ONNX first (target "onnx"), then convert that model to accel-onnx.`, { supported: ["onnx"] });
  }
  if (model.framework !== "tensorflow" && target === "onnx") {
    throw new AppError("unsupported_model", `${label} is already ${model.framework === "onnx" ? "an ONNX" : "a converted"} model; target "onnx" translates TensorFlow models.`, { supported: ["accel-onnx"] });
  }
  return target;
}
