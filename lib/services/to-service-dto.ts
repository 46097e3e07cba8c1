import type { Compute, ComputeNode, Conversion, Image, Model, Prisma, Service, ServiceReplica, Worker } from "@/lib/db";
import type { LatencyBreakdown } from "@/lib/conversions/types";
import { env } from "@/lib/env";
import type { LogLine } from "@/lib/logs";
import type { ServiceDto } from "./types";

type ReplicaRow = ServiceReplica & { node: ComputeNode & { worker: Pick<Worker, "scoringUrl" | "grpcUrl"> | null } };
export type ServiceRow = Service & {
  image: Image & { model: Model & { resultOfConversion: Conversion | null } };
  compute: Pick<Compute, "name">;
  replicaPlacements: ReplicaRow[];
};

export const SERVICE_INCLUDE = {
  image: { include: { model: { include: { resultOfConversion: true } } } },
  compute: { select: { name: true } },
  replicaPlacements: { orderBy: [{ replicaIndex: "asc" as const }, { createdAt: "asc" as const }], include: { node: { include: { worker: { select: { scoringUrl: true, grpcUrl: true } } } } } },
} satisfies Prisma.ServiceInclude;

/** Azure's scoring_uri had this path on the node: http://<ip>:80/api/v1/service/<name>/score. */
export function scoringPath(name: string): string {
  return `/api/v1/service/${name}/score`;
}

/**
 * The address clients are given: the cluster's (PUBLIC_SCORING_URL / PUBLIC_GRPC_ADDRESS,
 * where any node routes the request to a replica) when the operator set one, else the
 * node of a ready replica.
 */
export function publicScoringUri(name: string, nodeUrl: string | null | undefined): string | null {
  const base = env().PUBLIC_SCORING_URL?.replace(/\/+$/, "") ?? nodeUrl;
  return base ? `${base}${scoringPath(name)}` : null;
}

export function toServiceDto(row: ServiceRow, extra: { simulated: LatencyBreakdown | null; deviceProfile: string; log?: LogLine[]; keys?: ServiceDto["keys"] }): ServiceDto {
  const replicaUri = (r: ReplicaRow) => (r.node.worker?.scoringUrl ? `${r.node.worker.scoringUrl}${scoringPath(row.name)}` : null);
  const firstReady = row.replicaPlacements.find((r) => r.ready && replicaUri(r));
  const grpcReady = row.replicaPlacements.find((r) => r.ready && r.node.worker?.grpcUrl);
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    image: { name: row.image.name, version: row.image.version },
    model: { name: row.image.model.name, version: row.image.model.version, task: row.image.model.task },
    compute: row.compute.name,
    deviceProfile: extra.deviceProfile,
    scoringUri: row.state === "Healthy" && firstReady ? publicScoringUri(row.name, firstReady.node.worker!.scoringUrl) : row.restUri,
    grpcAddress: row.state === "Healthy" && grpcReady ? (env().PUBLIC_GRPC_ADDRESS ?? grpcReady.node.worker!.grpcUrl) : null,
    // TLS is the nodes' process-wide setting (their GRPC_TLS_* files), the same for every service.
    grpcTls: Boolean(env().GRPC_TLS_CERT_FILE && env().GRPC_TLS_KEY_FILE),
    desiredReplicas: row.replicas,
    fpgasPerReplica: row.fpgasPerReplica,
    maxBatchSize: row.maxBatchSize,
    maxQueueDelayMs: row.maxQueueDelayMs,
    replicas: row.replicaPlacements.map((r) => ({ index: r.replicaIndex, node: r.node.name, ready: r.ready, scoringUri: replicaUri(r) })),
    autoscale: { enabled: row.autoscaleEnabled, minReplicas: row.autoscaleMin, maxReplicas: row.autoscaleMax, targetUtilization: row.autoscaleTargetUtilization },
    authEnabled: row.authEnabled,
    simulated: extra.simulated,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(extra.keys ? { keys: extra.keys } : {}),
    ...(extra.log ? { log: extra.log } : {}),
    links: { self: `/api/v1/services/${row.name}`, score: `/api/v1/services/${row.name}/score`, keys: `/api/v1/services/${row.name}/keys/regenerate` },
  };
}
