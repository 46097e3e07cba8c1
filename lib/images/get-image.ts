import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listLogs } from "@/lib/logs";
import { modelVersionSchema } from "@/lib/models/schemas";
import { imageNameSchema } from "./schemas";
import { IMAGE_INCLUDE, toImageDto } from "./to-image-dto";

/** The row of one image version; 404 `not_found` otherwise. */
export async function getImageRowOrThrow(options: { name: string; version: string | number }) {
  const name = imageNameSchema.parse(options.name);
  const version = modelVersionSchema.parse(options.version);
  const row = await db.image.findUnique({ where: { name_version: { name, version } }, include: IMAGE_INCLUDE });
  if (!row) throw new AppError("not_found", `Image ${name} has no version ${version}.`, { name, version });
  return row;
}

export async function getImageOrThrow(options: { name: string; version: string | number }) {
  const row = await getImageRowOrThrow(options);
  return toImageDto(row, await listLogs({ kind: "image", id: row.id }));
}

/** Every image version, or the versions of one name (newest first). */
export async function listImages(options: { name?: string } = {}) {
  const name = options.name === undefined ? undefined : imageNameSchema.parse(options.name);
  const rows = await db.image.findMany({ where: name ? { name } : {}, include: IMAGE_INCLUDE, orderBy: [{ name: "asc" }, { version: "desc" }], take: 500 });
  if (name && rows.length === 0) throw new AppError("not_found", `There is no image named ${name}.`, { name });
  return { items: rows.map((row) => toImageDto(row)) };
}
