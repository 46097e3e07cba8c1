import { releaseArtifact } from "@/lib/artifacts";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelOrThrow } from "./get-model";

/**
 * Deletes one version. Refused with 409 `in_use`, naming each user, while an image, a
 * derived (converted) model or a running conversion refers to it (clean-up goes
 * service → compute → image → model).
 */
export async function deleteModel(options: { name: string; version: string | number }) {
  const model = await getModelOrThrow(options);
  await db.$transaction(async (tx) => {
    // Lock the row so that nothing starts using it between the check and the delete.
    await tx.$executeRaw`SELECT id FROM models WHERE id = ${model.id}::uuid FOR UPDATE`;
    const [images, running, children] = await Promise.all([
      tx.image.findMany({ where: { modelId: model.id }, select: { name: true, version: true } }),
      tx.conversion.findMany({ where: { sourceModelId: model.id, state: { in: ["Queued", "Running"] } }, select: { id: true } }),
      tx.model.findMany({ where: { parentId: model.id }, select: { name: true, version: true } }),
    ]);
    const users = [
      ...images.map((i) => `image ${i.name}:${i.version}`),
      ...running.map((c) => `conversion ${c.id} (still running)`),
      ...children.map((m) => `model ${m.name}:${m.version}`),
    ];
    if (users.length) {
      throw new AppError("in_use", `Model ${model.name}:${model.version} is still used by ${users.join(", ")}. Delete those first.`, { usedBy: users });
    }
    // Finished conversions are the model's history: those of it go with it; one that
    // produced it keeps its record and loses the link.
    await tx.conversion.updateMany({ where: { resultModelId: model.id }, data: { resultModelId: null } });
    const history = await tx.conversion.findMany({ where: { sourceModelId: model.id }, select: { id: true } });
    await tx.resourceLog.deleteMany({ where: { resourceKind: "conversion", resourceId: { in: history.map((c) => c.id) } } });
    await tx.conversion.deleteMany({ where: { sourceModelId: model.id } });
    await tx.resourceLog.deleteMany({ where: { resourceKind: "model", resourceId: model.id } });
    await tx.model.delete({ where: { id: model.id } });
  });
  await releaseArtifact({ digest: model.digest });
  return { name: model.name, version: model.version, deleted: true };
}
