import { db } from "@/lib/db";
import { auditQuerySchema } from "./schemas";

/** The audit log, newest first, a page at a time (`before`: the last id of the previous page). */
export async function listAuditEntries(query: unknown) {
  const { limit, before } = auditQuerySchema.parse(query);
  const entries = await db.auditEntry.findMany({ where: before ? { id: { lt: BigInt(before) } } : {}, orderBy: { id: "desc" }, take: limit });
  const items = entries.map((e) => ({ id: Number(e.id), at: e.at.toISOString(), actor: e.actor, tokenId: e.tokenId, method: e.method, path: e.path, status: e.status, requestId: e.requestId, ip: e.ip }));
  return { items, next: items.length === limit ? items[items.length - 1].id : null };
}
