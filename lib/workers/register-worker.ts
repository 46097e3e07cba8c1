import { hostname } from "node:os";
import { db } from "@/lib/db";

/**
 * Records a worker process (a node of the simulated FPGA cluster), its endpoint and the
 * job-worker ids its locks carry, and refreshes its heartbeat: the first beat registers
 * it. An upsert, so a worker whose row was reaped while it stalled (a long pause, the
 * database away) comes back rather than beating into nothing.
 */
export async function beatWorker(options: { id: string; scoringUrl?: string; grpcUrl?: string; jobWorkerIds: string[] }) {
  const data = { heartbeatAt: new Date(), scoringUrl: options.scoringUrl, grpcUrl: options.grpcUrl, jobWorkerIds: options.jobWorkerIds };
  await db.worker.upsert({
    where: { id: options.id },
    create: { id: options.id, hostname: hostname(), pid: process.pid, ...data },
    update: data,
  });
}

export async function unregisterWorker(options: { id: string }) {
  await db.worker.deleteMany({ where: { id: options.id } });
}
