import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog } from "@/lib/logs";
import { getModelOrThrow } from "@/lib/models";
import { getImageOrThrow } from "./get-image";
import { createImageSchema } from "./schemas";

/**
 * Queues an image build (POST /api/v1/images): the next version of `name`, packing
 * exactly one converted model, as Azure's FPGA images did. A model that was not
 * converted is refused before any row is written.
 */
export async function requestImageBuild(input: unknown) {
  const request = createImageSchema.parse(input);
  const model = await getModelOrThrow({ name: request.model, version: request.version });
  if (model.framework !== "accel_onnx") {
    throw new AppError("model_not_converted", `${model.name}:${model.version} is not a converted model (framework "${model.framework}"); an FPGA image packs a model converted to accel-onnx. Convert it first (POST /api/v1/conversions).`, { model: `${model.name}:${model.version}` });
  }
  const version = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"image:" + request.name}, 0))`;
    const last = await tx.image.findFirst({ where: { name: request.name }, orderBy: { version: "desc" }, select: { version: true } });
    const image = await tx.image.create({ data: { name: request.name, version: (last?.version ?? 0) + 1, modelId: model.id } });
    await appendLog({ tx, kind: "image", id: image.id, message: `Queued: pack ${model.name}:${model.version} into image ${image.name}:${image.version}` });
    await addJob(tx, TASKS.imagesBuild, { imageId: image.id }, { jobKey: `image:${image.id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
    return image.version;
  });
  return getImageOrThrow({ name: request.name, version });
}
