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
  if (!dead.length) return { reaped: [] as string[] };
  // Unlock first: if deleting the rows then failed, the next reap would still find them.
  await releaseJobs({ jobWorkerIds: dead.flatMap((w) => w.jobWorkerIds) });
  await db.worker.deleteMany({ where: { id: { in: dead.map((w) => w.id) } } });
  return { reaped: dead.map((w) => w.id) };
}
