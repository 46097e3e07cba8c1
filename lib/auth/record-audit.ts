import { db } from "@/lib/db";
import type { Principal } from "./types";
import { logger } from "@/lib/logging";

const log = logger("audit");

/**
 * Writes one change to the audit log: who (the token's name, or "local"), what (method
 * and path), when, from where, and the status it ended with — refusals included, so an
 * attempt with a read token shows too. The change has happened by now; a failed write is
 * logged rather than turned into a failed request.
 */
export async function recordAudit(entry: { principal: Principal; method: string; path: string; status: number; requestId: string; ip?: string | null }): Promise<void> {
  const { principal } = entry;
  await db.auditEntry
    .create({
      data: {
        actor: principal.name,
        tokenId: principal.kind === "token" ? principal.tokenId : null,
        method: entry.method,
        path: entry.path,
        status: entry.status,
        requestId: entry.requestId,
        ip: entry.ip ?? null,
      },
    })
    .catch((error: Error) => log.error({ requestId: entry.requestId }, `could not record ${entry.method} ${entry.path}: ${error.message}`));
}
