import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appendLog } from "@/lib/logs";

/**
 * Nodes whose worker process is gone (reaped: their worker_id was cleared) are taken over
 * by the live node hosts, each taking its fair share (all nodes over live hosts, less what
 * it holds) so that a dead worker's nodes spread over the survivors instead of all landing
 * on whichever beat first. A node holding a replica is reflashed by its new host
 * (FPGA_REFLASH_SECONDS, simulated) and serves once that is over; until then the service's
 * other replicas answer. SKIP LOCKED: hosts beating at once take different nodes.
 */
export async function adoptOrphanNodes(options: { workerId: string }): Promise<string[]> {
  const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
  // null: no reflash to wait out (FPGA_REFLASH_SECONDS=0). Decided here, not in SQL, where a
  // fractional number of seconds compared with 0 would be read as an integer.
  const reflashUntil = env().FPGA_REFLASH_SECONDS > 0 ? new Date(Date.now() + env().FPGA_REFLASH_SECONDS * 1000) : null;
  const adopted = await db.$queryRaw<{ name: string; compute_id: string; has_replica: boolean }[]>`
    WITH hosts AS (SELECT greatest(count(*), 1) AS n FROM workers WHERE heartbeat_at >= ${cutoff} AND scoring_url IS NOT NULL),
         share AS (
           SELECT greatest(ceil((SELECT count(*) FROM compute_nodes)::numeric / (SELECT n FROM hosts))
                           - (SELECT count(*) FROM compute_nodes WHERE worker_id = ${options.workerId}), 0) AS n),
         picked AS (
           SELECT id FROM compute_nodes WHERE worker_id IS NULL
           ORDER BY created_at, name LIMIT (SELECT n FROM share) FOR UPDATE SKIP LOCKED)
    UPDATE compute_nodes n SET worker_id = ${options.workerId},
      reflash_until = CASE WHEN EXISTS (SELECT 1 FROM service_replicas r WHERE r.node_id = n.id) THEN ${reflashUntil}::timestamptz ELSE NULL END
    FROM picked WHERE n.id = picked.id
    RETURNING n.name, n.compute_id, EXISTS (SELECT 1 FROM service_replicas r WHERE r.node_id = n.id) AS has_replica`;
  for (const node of adopted) {
    const reflash = node.has_replica && env().FPGA_REFLASH_SECONDS > 0 ? `; reflashing its FPGA (${env().FPGA_REFLASH_SECONDS} s)` : "";
    await appendLog({ kind: "compute", id: node.compute_id, level: "warn", message: `Node ${node.name} is now served by worker ${options.workerId} (its worker was gone)${reflash}` });
  }
  return adopted.map((node) => node.name);
}
