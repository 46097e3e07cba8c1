import { releaseArtifact } from "@/lib/artifacts";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteLogs } from "@/lib/logs";
import { getImageRowOrThrow } from "./get-image";

/**
 * Deletes one image version and its archive. Refused with 409 `in_use`, naming them,
 * while services deploy it (clean-up goes service → compute → image → model). A build
 * still running finds its row gone and discards what it wrote.
 */
export async function deleteImage(options: { name: string; version: string | number }) {
  const image = await getImageRowOrThrow(options);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT id FROM images WHERE id = ${image.id}::uuid FOR UPDATE`;
    const services = await tx.service.findMany({ where: { imageId: image.id }, select: { name: true } });
    if (services.length) {
      const users = services.map((s) => `service ${s.name}`);
      throw new AppError("in_use", `Image ${image.name}:${image.version} is still deployed by ${users.join(", ")}. Delete those first.`, { usedBy: users });
    }
    await tx.image.delete({ where: { id: image.id } });
    await deleteLogs({ tx, kind: "image", id: image.id });
    await tx.$executeRaw`SELECT graphile_worker.remove_job(${`image:${image.id}`}::text)`;
  });
  if (image.archiveDigest) await releaseArtifact({ digest: image.archiveDigest });
  return { name: image.name, version: image.version, deleted: true };
}
