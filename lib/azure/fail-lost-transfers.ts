import { db } from "@/lib/db";

/**
 * Ends as Failed the transfers no job will run again (its job deleted, or its attempts used
 * up by a worker killed during the last one), so none stays Queued or Running for ever.
 */
export async function failLostTransfers(): Promise<{ failed: string[] }> {
  const lost = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM azure_transfers t
    WHERE t.state IN ('Queued', 'Running')
      AND NOT EXISTS (
        SELECT 1 FROM graphile_worker.jobs j
        WHERE j.key = 'azure-transfer:' || t.id AND (j.attempts < j.max_attempts OR j.locked_at IS NOT NULL))`;
  for (const { id } of lost) {
    const message = "The job behind this transfer was lost (its worker stopped during the last attempt); start it again.";
    const updated = await db.azureTransfer.updateMany({ where: { id, state: { in: ["Queued", "Running"] } }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    if (updated.count) await db.resourceLog.create({ data: { resourceKind: "azure_transfer", resourceId: id, level: "error", message } });
  }
  return { failed: lost.map((t) => t.id) };
}
