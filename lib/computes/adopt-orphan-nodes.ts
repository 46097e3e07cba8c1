import { db } from "@/lib/db";
import { appendLog } from "@/lib/logs";

/**
 * Nodes whose worker process is gone (reaped: their worker_id was cleared) are taken over
 * by this live node host. A supervised worker restarts under a new id, so without this
 * every service would lose its nodes at the first crash. The FPGA keeps the model it was
 * flashed with; only the process serving it changed.
 */
export async function adoptOrphanNodes(options: { workerId: string }): Promise<string[]> {
  const adopted = await db.$queryRaw<{ name: string; compute_id: string }[]>`
    UPDATE compute_nodes SET worker_id = ${options.workerId}
    WHERE worker_id IS NULL
    RETURNING name, compute_id`;
  for (const node of adopted) {
    await appendLog({ kind: "compute", id: node.compute_id, level: "warn", message: `Node ${node.name} is now served by worker ${options.workerId} (its worker was gone)` });
  }
  return adopted.map((node) => node.name);
}
