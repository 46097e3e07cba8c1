import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";

/** Worker processes that can host FPGA nodes: a fresh heartbeat and a scoring host. Least loaded first. */
export async function listLiveNodeHosts(tx: Prisma.TransactionClient = db) {
  const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
  const workers = await tx.worker.findMany({
    where: { heartbeatAt: { gte: cutoff }, scoringUrl: { not: null } },
    include: { _count: { select: { nodes: true } } },
    orderBy: { id: "asc" },
  });
  return workers.sort((a, b) => a._count.nodes - b._count.nodes);
}

export function isWorkerLive(worker: { heartbeatAt: Date } | null): boolean {
  return worker !== null && Date.now() - worker.heartbeatAt.getTime() < env().WORKER_STALE_SECONDS * 1000;
}
