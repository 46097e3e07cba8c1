import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { modelNameSchema, modelVersionSchema } from "./schemas";

/** One version, or the latest when `version` is omitted; 404 `model_not_found` otherwise. */
export async function getModelOrThrow(options: { name: string; version?: string | number }) {
  const name = modelNameSchema.parse(options.name);
  const version = options.version === undefined || options.version === "latest" ? undefined : modelVersionSchema.parse(options.version);
  const model = await db.model.findFirst({
    where: { name, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
    include: { parent: { select: { name: true, version: true } } },
  });
  if (!model) {
    const what = version ? `Model ${name} has no version ${version}.` : `There is no model named ${name}.`;
    throw new AppError("model_not_found", what, { name, ...(version ? { version } : {}) });
  }
  return model;
}
