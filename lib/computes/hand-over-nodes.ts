import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appendLog } from "@/lib/logs";
import { listLiveNodeHosts } from "@/lib/workers";

/**
 * A draining worker's nodes go to the other live node hosts, least loaded first, before it
 * exits: a rolling update then moves every replica while the service's others keep
 * answering, instead of leaving the nodes orphaned until a heartbeat goes stale. The new
 * host reflashes a node that holds a replica (FPGA_REFLASH_SECONDS, simulated). With no
 * other live host there is nobody to hand to; the nodes are adopted when one appears.
 */
export async function handOverNodes(options: { workerId: string }): Promise<{ node: string; to: string }[]> {
  const hosts = (await listLiveNodeHosts()).filter((h) => h.id !== options.workerId).map((h) => ({ id: h.id, nodes: h._count.nodes }));
  if (hosts.length === 0) return [];
  const nodes = await db.computeNode.findMany({ where: { workerId: options.workerId }, include: { replicas: { select: { id: true } } }, orderBy: { name: "asc" } });
  const moved: { node: string; to: string }[] = [];
  for (const node of nodes) {
    const host = hosts.reduce((a, b) => (b.nodes < a.nodes ? b : a));
    const reflashes = node.replicas.length > 0 && env().FPGA_REFLASH_SECONDS > 0;
    // Conditional on still being ours: a node another process took meanwhile stays with it.
    const { count } = await db.computeNode.updateMany({
      where: { id: node.id, workerId: options.workerId },
      data: { workerId: host.id, reflashUntil: reflashes ? new Date(Date.now() + env().FPGA_REFLASH_SECONDS * 1000) : null },
    });
    if (count === 0) continue;
    host.nodes++;
    moved.push({ node: node.name, to: host.id });
    await appendLog({ kind: "compute", id: node.computeId, message: `Node ${node.name} handed over to worker ${host.id} (worker ${options.workerId} is shutting down)${reflashes ? `; reflashing its FPGA (${env().FPGA_REFLASH_SECONDS} s)` : ""}` });
  }
  return moved;
}
