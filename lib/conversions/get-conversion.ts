import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listLogs } from "@/lib/logs";
import { listConversionsQuerySchema } from "./schemas";
import { CONVERSION_INCLUDE, toConversionDto } from "./to-conversion-dto";

const idSchema = z.uuid({ message: "A conversion id is a UUID." });

/** One conversion with its log; 404 `not_found` for an id that is not there. */
export async function getConversionOrThrow(options: { id: string }) {
  const id = idSchema.parse(options.id);
  const row = await db.conversion.findUnique({ where: { id }, include: CONVERSION_INCLUDE });
  if (!row) throw new AppError("not_found", `There is no conversion ${id}.`, { id });
  return toConversionDto(row, await listLogs({ kind: "conversion", id }));
}

/** Conversions, newest first, optionally of one source model or in one state. */
export async function listConversions(query: unknown) {
  const { model, state } = listConversionsQuerySchema.parse(query);
  const rows = await db.conversion.findMany({
    where: { ...(model ? { sourceModel: { name: model } } : {}), ...(state ? { state } : {}) },
    include: CONVERSION_INCLUDE,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return { items: rows.map((row) => toConversionDto(row)) };
}
