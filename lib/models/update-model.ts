import { db } from "@/lib/db";
import { getModelOrThrow } from "./get-model";
import type { UpdateModelInput } from "./schemas";
import { toModelDto } from "./to-model-dto";

/** Edits what Azure ML lets you edit after registration: description and tags. */
export async function updateModel(options: { name: string; version: string | number; changes: UpdateModelInput }) {
  const model = await getModelOrThrow(options);
  const { description, tags } = options.changes;
  let nextTags = model.tags as Record<string, string>;
  if (tags) {
    nextTags = { ...nextTags };
    for (const [key, value] of Object.entries(tags)) {
      if (value === null) delete nextTags[key];
      else nextTags[key] = value;
    }
  }
  const updated = await db.model.update({
    where: { id: model.id },
    data: { ...(description !== undefined ? { description } : {}), tags: nextTags },
    include: { parent: { select: { name: true, version: true } } },
  });
  return toModelDto(updated);
}
