import { hostname } from "node:os";
import { db } from "@/lib/db";

/** Records a worker process (a node of the simulated FPGA cluster) and its endpoints. */
export async function registerWorker(options: { id: string; scoringUrl?: string }) {
  return db.worker.upsert({
    where: { id: options.id },
    create: { id: options.id, hostname: hostname(), pid: process.pid, scoringUrl: options.scoringUrl },
    update: { heartbeatAt: new Date(), scoringUrl: options.scoringUrl },
  });
}

/**
 * Refreshes the heartbeat. An upsert: a worker whose row was reaped while it stalled
 * (a long pause, the database away) comes back rather than beating into nothing.
 */
export async function beatWorker(options: { id: string; scoringUrl?: string; jobWorkerIds: string[] }) {
  const data = { heartbeatAt: new Date(), jobWorkerIds: options.jobWorkerIds };
  await db.worker.upsert({
    where: { id: options.id },
    create: { id: options.id, hostname: hostname(), pid: process.pid, scoringUrl: options.scoringUrl, ...data },
    update: data,
  });
}

export async function unregisterWorker(options: { id: string }) {
  await db.worker.deleteMany({ where: { id: options.id } });
}
