import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appendLog } from "@/lib/logs";

/**
 * Keeps Healthy and Unhealthy true to the nodes: a Healthy service none of whose ready
 * replicas has a live worker is Unhealthy (its scoring URI cannot answer), and turns
 * Healthy again once one has. Run by every worker's heartbeat; each change is one
 * conditional update, so workers racing here agree.
 */
export async function reconcileServiceHealth(): Promise<{ unhealthy: string[]; healthy: string[] }> {
  const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
  const services = await db.service.findMany({
    where: { state: { in: ["Healthy", "Unhealthy"] } },
    select: { id: true, name: true, state: true, replicaPlacements: { select: { ready: true, node: { select: { worker: { select: { heartbeatAt: true } } } } } } },
  });
  const changed = { unhealthy: [] as string[], healthy: [] as string[] };
  for (const service of services) {
    const isServed = service.replicaPlacements.some((r) => r.ready && r.node.worker && r.node.worker.heartbeatAt >= cutoff);
    const next = isServed ? "Healthy" : "Unhealthy";
    if (next === service.state) continue;
    const { count } = await db.service.updateMany({ where: { id: service.id, state: service.state }, data: { state: next } });
    if (count === 0) continue;
    await appendLog({ kind: "service", id: service.id, level: isServed ? "info" : "warn", message: isServed ? "Healthy: a replica's node is served again" : "Unhealthy: no replica's node has a live worker" });
    (isServed ? changed.healthy : changed.unhealthy).push(service.name);
  }
  return changed;
}
