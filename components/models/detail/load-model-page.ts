import { notFound } from "next/navigation";
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { getModelOrThrow, listModels, toModelDto, type ModelDto } from "@/lib/models";

export type ModelPageData = { model: ModelDto; versions: ModelDto[]; latestVersion: number };

/** What a model page shows, read straight from lib/models; an unknown name or version is a 404 page. */
export async function loadModelPage(options: { name: string; version?: string }): Promise<ModelPageData> {
  let row: Awaited<ReturnType<typeof getModelOrThrow>>;
  try {
    row = await getModelOrThrow(options);
  } catch (error) {
    if ((isAppError(error) && error.code === "model_not_found") || error instanceof ZodError) notFound();
    throw error;
  }
  const versions = await listModels({ name: row.name, latest: false, page: 1, pageSize: 100 });
  const sorted = [...versions.items].sort((a, b) => b.version - a.version);
  return { model: toModelDto(row), versions: sorted, latestVersion: sorted[0]?.version ?? row.version };
}
