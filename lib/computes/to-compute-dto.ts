import type { Compute, ComputeNode, Prisma, Worker } from "@/lib/db";
import type { LogLine } from "@/lib/logs";
import { VCPUS_PER_NODE } from "./schemas";
import type { ComputeDto, ComputeNodeDto, Region } from "./types";

type NodeRow = ComputeNode & { worker: Pick<Worker, "id" | "hostname" | "heartbeatAt"> | null; replicas: { replicaIndex: number; ready: boolean; service: { name: string } }[] };
export type ComputeRow = Compute & { nodes: NodeRow[]; services: { name: string }[] };

export const COMPUTE_INCLUDE = {
  nodes: { orderBy: { name: "asc" as const }, include: { worker: { select: { id: true, hostname: true, heartbeatAt: true } }, replicas: { select: { replicaIndex: true, ready: true, service: { select: { name: true } } } } } },
  services: { select: { name: true } },
} satisfies Prisma.ComputeInclude;

export function toComputeDto(row: ComputeRow, options: { staleSeconds: number; log?: LogLine[] }): ComputeDto {
  const now = Date.now();
  return {
    id: row.id,
    name: row.name,
    vmSize: row.vmSize,
    agentCount: row.agentCount,
    region: row.region as Region,
    vcpus: row.agentCount * VCPUS_PER_NODE,
    state: row.state,
    progress: row.state === "Succeeded" ? 1 : row.progress,
    nodes: row.nodes.map((node): ComputeNodeDto => ({
      name: node.name,
      worker: node.worker ? { id: node.worker.id, hostname: node.worker.hostname, isLive: now - node.worker.heartbeatAt.getTime() < options.staleSeconds * 1000 } : null,
      fpga: "Arria 10 GX 1150",
      state: node.reflashUntil && node.reflashUntil.getTime() > now ? "Reflashing" : node.loadedDigest ? "Ready" : "Idle",
      loadedDigest: node.loadedDigest,
      service: node.replicas[0]?.service.name ?? null,
      replica: node.replicas[0] ? { index: node.replicas[0].replicaIndex, ready: node.replicas[0].ready } : null,
    })),
    errors: row.errors as ComputeDto["errors"],
    services: row.services.map((s) => s.name),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(options.log ? { log: options.log } : {}),
    links: { self: `/api/v1/computes/${row.name}` },
  };
}
