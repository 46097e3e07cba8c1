import { db, type Prisma } from "@/lib/db";
import type { LogLine } from "./types";

type Kind = "model" | "pull" | "conversion" | "image" | "compute" | "service" | "azure_transfer";

/** Appends one line to a resource's log (inside the caller's transaction when given one). */
export async function appendLog(options: { kind: Kind; id: string; message: string; level?: LogLine["level"]; tx?: Prisma.TransactionClient }): Promise<void> {
  const client = options.tx ?? db;
  await client.resourceLog.create({ data: { resourceKind: options.kind, resourceId: options.id, level: options.level ?? "info", message: options.message } });
}

/** A logger bound to one resource, for a job's steps. */
export function resourceLogger(kind: Kind, id: string) {
  return (message: string, level: LogLine["level"] = "info") => appendLog({ kind, id, message, level });
}

/** Every line of a resource's log, oldest first. */
export async function listLogs(options: { kind: Kind; id: string }): Promise<LogLine[]> {
  const rows = await db.resourceLog.findMany({ where: { resourceKind: options.kind, resourceId: options.id }, orderBy: { id: "asc" }, take: 2000 });
  return rows.map((row) => ({ id: Number(row.id), at: row.at.toISOString(), level: row.level, message: row.message }));
}

/** Removes a deleted resource's log lines (they have no foreign key to cascade). */
export async function deleteLogs(options: { kind: Kind; id: string; tx?: Prisma.TransactionClient }): Promise<void> {
  await (options.tx ?? db).resourceLog.deleteMany({ where: { resourceKind: options.kind, resourceId: options.id } });
}
