import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog } from "@/lib/logs";

/**
 * Sets a service's replica count (the autoscaler's decision), in one transaction under the
 * compute's lock, as a deployment reserves FPGAs: more replicas take free nodes of its
 * compute (one model per FPGA), as many as there are, and the deploy job loads them while
 * the others keep serving; fewer drop the newest replicas. Returns the count it reached.
 */
export async function scaleService(options: { serviceId: string; desired: number; reason: string }): Promise<number> {
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: options.serviceId }, include: { replicaPlacements: { orderBy: { replicaIndex: "asc" } } } });
    if (!service || service.state === "Deleting" || service.state === "Failed") return service?.replicas ?? 0;
    await tx.$executeRaw`SELECT id FROM computes WHERE id = ${service.computeId}::uuid FOR UPDATE`;
    const replicas = groupByIndex(service.replicaPlacements);
    const current = replicas.length;
    let reached = current;
    if (options.desired > current) {
      const free = await tx.computeNode.findMany({ where: { computeId: service.computeId, replicas: { none: {} } }, orderBy: { name: "asc" } });
      const added = Math.min(options.desired - current, Math.floor(free.length / service.fpgasPerReplica));
      const next = current === 0 ? 0 : Math.max(...replicas.map((r) => r.index)) + 1;
      const rows = Array.from({ length: added * service.fpgasPerReplica }, (_, i) => ({ serviceId: service.id, nodeId: free[i].id, replicaIndex: next + Math.floor(i / service.fpgasPerReplica) }));
      await tx.serviceReplica.createMany({ data: rows });
      reached = current + added;
      if (added > 0) await addJob(tx, TASKS.servicesDeploy, { serviceId: service.id }, { jobKey: `service:${service.id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
    } else if (options.desired < current) {
      const dropped = replicas.slice(options.desired).flatMap((r) => r.ids);
      await tx.serviceReplica.deleteMany({ where: { id: { in: dropped } } });
      reached = options.desired;
    }
    if (reached === current) {
      // The cool-down applies to this warning too: one line per wait, not one per evaluation.
      await tx.service.update({ where: { id: service.id }, data: { autoscaledAt: new Date() } });
      await appendLog({ tx, kind: "service", id: service.id, level: "warn", message: `Autoscale: stays at ${current} replica(s), wanted ${options.desired}: no free FPGA on compute (${options.reason})` });
      return current;
    }
    await tx.service.update({ where: { id: service.id }, data: { replicas: reached, autoscaledAt: new Date() } });
    await appendLog({ tx, kind: "service", id: service.id, message: `Autoscale: ${current} → ${reached} replica(s)${reached < options.desired ? ` (wanted ${options.desired}; no more free FPGAs)` : ""}: ${options.reason}` });
    return reached;
  });
}

/** Replicas by index: a replica spread over several FPGAs is several rows. */
function groupByIndex(rows: { id: string; replicaIndex: number }[]) {
  const byIndex = new Map<number, string[]>();
  for (const row of rows) byIndex.set(row.replicaIndex, [...(byIndex.get(row.replicaIndex) ?? []), row.id]);
  return [...byIndex].map(([index, ids]) => ({ index, ids }));
}
