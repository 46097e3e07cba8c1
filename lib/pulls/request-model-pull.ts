import { getCatalogEntry } from "@/lib/catalog";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { failLostPulls } from "./fail-lost-pulls";
import { toPullDto } from "./to-pull-dto";

/**
 * Queues a download of a catalog model: the row, its log line and its job in one
 * transaction, so there is never a pull without a job. A pull already queued or running
 * for the same entry is returned instead of starting a second one (the job key dedupes
 * the job too).
 */
export async function requestModelPull(options: { catalogId: string }) {
  const entry = getCatalogEntry(options.catalogId);
  // A pull no job will finish must not pass for the active one.
  await failLostPulls();
  const pull = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"pull:" + entry.id}, 0))`;
    const active = await tx.modelPull.findFirst({
      where: { catalogId: entry.id, state: { in: ["Queued", "Running"] } },
      include: { model: { select: { name: true, version: true } } },
    });
    if (active) return { pull: active, isNew: false };
    const created = await tx.modelPull.create({
      data: { catalogId: entry.id, bytesTotal: BigInt(entry.bytes) },
      include: { model: { select: { name: true, version: true } } },
    });
    await tx.resourceLog.create({ data: { resourceKind: "pull", resourceId: created.id, message: `Queued download of ${entry.id} (${entry.bytes} bytes)` } });
    await addJob(tx, TASKS.modelsPull, { pullId: created.id }, { jobKey: `pull:${created.id}`, maxAttempts: env().PULL_MAX_ATTEMPTS });
    return { pull: created, isNew: true };
  });
  return { pull: toPullDto(pull.pull), isNew: pull.isNew };
}
