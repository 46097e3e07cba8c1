import { db, Prisma } from "@/lib/db";

/**
 * Ids of a table's Queued or Running rows that no job will run again: the row's job
 * (keyed `<prefix><id>`) is gone, or has used up its attempts without the row being told
 * (a worker killed during the last one). Pulls and Azure transfers end these as Failed.
 */
export async function lostJobRows(table: "model_pulls" | "azure_transfers", keyPrefix: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM ${Prisma.raw(`"${table}"`)} t
    WHERE t.state IN ('Queued', 'Running')
      AND NOT EXISTS (
        SELECT 1 FROM graphile_worker.jobs j
        WHERE j.key = ${keyPrefix} || t.id AND (j.attempts < j.max_attempts OR j.locked_at IS NOT NULL))`;
  return rows.map((r) => r.id);
}
