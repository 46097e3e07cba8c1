import { getCatalogEntry } from "@/lib/catalog";
import { db } from "@/lib/db";
import { addJob, TASKS } from "@/lib/jobs";
import { toPullDto } from "./to-pull-dto";

/**
 * Queues a download of a catalog model. A pull already queued or running for the same
 * entry is returned instead of starting a second one (the job key dedupes the job too).
 */
export async function requestModelPull(options: {
  catalogId: string;
  /** false: the caller runs the pull itself (the CLI), so no job is queued for a worker. */
  isQueued?: boolean;
}) {
  const entry = getCatalogEntry(options.catalogId);
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
    if (options.isQueued !== false) await addJob(tx, TASKS.modelsPull, { pullId: created.id }, { jobKey: `pull:${created.id}` });
    return { pull: created, isNew: true };
  });
  return { pull: toPullDto(pull.pull), isNew: pull.isNew };
}
