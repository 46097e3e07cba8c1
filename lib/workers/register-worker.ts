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

export async function beatWorker(options: { id: string; jobWorkerIds: string[] }) {
  await db.worker.update({ where: { id: options.id }, data: { heartbeatAt: new Date(), jobWorkerIds: options.jobWorkerIds } });
}

export async function unregisterWorker(options: { id: string }) {
  await db.worker.deleteMany({ where: { id: options.id } });
}
