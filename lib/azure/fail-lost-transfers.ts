import { db } from "@/lib/db";
import { lostJobRows } from "@/lib/jobs/lost-job-rows";

/** Ends as Failed the transfers no job will run again, so none stays Queued or Running for ever. */
export async function failLostTransfers(): Promise<{ failed: string[] }> {
  const lost = await lostJobRows("azure_transfers", "azure-transfer:");
  for (const id of lost) {
    const message = "The job behind this transfer was lost (its worker stopped during the last attempt); start it again.";
    const updated = await db.azureTransfer.updateMany({ where: { id, state: { in: ["Queued", "Running"] } }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    if (updated.count) await db.resourceLog.create({ data: { resourceKind: "azure_transfer", resourceId: id, level: "error", message } });
  }
  return { failed: lost };
}
