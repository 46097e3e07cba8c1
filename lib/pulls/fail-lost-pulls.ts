import { db } from "@/lib/db";
import { lostJobRows } from "@/lib/jobs/lost-job-rows";

/**
 * Ends the pulls that no job will ever run again as Failed, so that none stays Queued
 * or Running for ever: a pull whose job is gone (deleted by hand, or queued by an older
 * CLI without one) or has used up its attempts without the pull being told (a worker
 * killed during the last one).
 */
export async function failLostPulls(): Promise<{ failed: string[] }> {
  const lost = await lostJobRows("model_pulls", "pull:");
  for (const id of lost) {
    const message = "The job behind this pull was lost (its worker stopped during the last attempt); pull the model again.";
    const updated = await db.modelPull.updateMany({ where: { id, state: { in: ["Queued", "Running"] } }, data: { state: "Failed", error: message, finishedAt: new Date() } });
    if (updated.count) await db.resourceLog.create({ data: { resourceKind: "pull", resourceId: id, level: "error", message } });
  }
  return { failed: lost };
}
