import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { listLogs } from "@/lib/logs";
import { computeNameSchema } from "./schemas";
import { COMPUTE_INCLUDE, toComputeDto } from "./to-compute-dto";

export async function getComputeRowOrThrow(options: { name: string }) {
  const name = computeNameSchema.parse(options.name);
  const row = await db.compute.findUnique({ where: { name }, include: COMPUTE_INCLUDE });
  if (!row) throw new AppError("not_found", `There is no compute named ${name}.`, { name });
  return row;
}

export async function getComputeOrThrow(options: { name: string }) {
  const row = await getComputeRowOrThrow(options);
  return toComputeDto(row, { staleSeconds: env().WORKER_STALE_SECONDS, log: await listLogs({ kind: "compute", id: row.id }) });
}

export async function listComputes() {
  const rows = await db.compute.findMany({ include: COMPUTE_INCLUDE, orderBy: { createdAt: "desc" } });
  return { items: rows.map((row) => toComputeDto(row, { staleSeconds: env().WORKER_STALE_SECONDS })) };
}
