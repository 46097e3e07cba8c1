import { hostname } from "node:os";
import { db } from "@/lib/db";
import { releaseJobs } from "./release-jobs";

/**
 * A worker killed with -9 leaves its graphile-worker jobs locked (graphile waits four
 * hours before retrying them). Its heartbeat stops, so a live worker unlocks those jobs
 * with graphile_worker.force_unlock_workers and forgets the dead process.
 */
export async function reapDeadWorkers(options: {
  staleSeconds: number;
  selfId: string;
  /** Also reap workers of this host that advertised this scoring URL: the caller now holds its port, so they are gone. */
  scoringUrl?: string;
}) {
  const cutoff = new Date(Date.now() - options.staleSeconds * 1000);
  const dead = await db.worker.findMany({
    where: {
      id: { not: options.selfId },
      OR: [{ heartbeatAt: { lt: cutoff } }, ...(options.scoringUrl ? [{ scoringUrl: options.scoringUrl, hostname: hostname() }] : [])],
    },
  });
  if (dead.length) {
    // Unlock first: if deleting the rows then failed, the next reap would still find them.
    await releaseJobs({ jobWorkerIds: dead.flatMap((w) => w.jobWorkerIds) });
    await db.worker.deleteMany({ where: { id: { in: dead.map((w) => w.id) } } });
  }
  await releaseOrphanedLocks({ cutoff });
  return { reaped: dead.map((w) => w.id) };
}

/**
 * A lock held in the name of no registered worker — a process that died in the moment
 * between taking its first job and its first heartbeat, or one that never registered —
 * would otherwise wait out graphile-worker's four hours. Released once it is as old as a
 * dead heartbeat.
 */
async function releaseOrphanedLocks(options: { cutoff: Date }) {
  const orphans = await db.$queryRaw<{ locked_by: string }[]>`
    SELECT DISTINCT j.locked_by FROM graphile_worker.jobs j
    WHERE j.locked_by IS NOT NULL AND j.locked_at < ${options.cutoff}
      AND NOT EXISTS (SELECT 1 FROM workers w WHERE j.locked_by = ANY (w.job_worker_ids))`;
  await releaseJobs({ jobWorkerIds: orphans.map((o) => o.locked_by) });
}
