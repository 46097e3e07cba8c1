import { queryRows } from "@/lib/db";

export type ServiceForScoring = {
  state: string;
  authEnabled: boolean;
  primaryKeyHash: string | null;
  secondaryKeyHash: string | null;
  fpgasPerReplica: number;
  /** Dynamic batching on this node's CPU path; 1 is off. */
  maxBatchSize: number;
  maxQueueDelayMs: number;
  imageId: string;
  replicas: { ready: boolean; node: { name: string; workerId: string | null; loadedDigest: string | null; reflashUntil: Date | null; scoringUrl: string | null } }[];
};

type Row = {
  state: string;
  auth_enabled: boolean;
  primary_key_hash: string | null;
  secondary_key_hash: string | null;
  fpgas_per_replica: number;
  max_batch_size: number;
  max_queue_delay_ms: number;
  image_id: string;
  ready: boolean | null;
  node_name: string | null;
  worker_id: string | null;
  loaded_digest: string | null;
  reflash_until: Date | null;
  scoring_url: string | null;
};

/**
 * What one scoring request needs of its service — state, key hashes, replicas, their
 * nodes and the scoring URLs of the nodes' workers (where web forwards) — in one joined
 * query (Prisma's nested reads took two), straight on the pool (queryRows). Requests go
 * through service-view-cache.ts, which reads this again whenever a change is committed.
 */
export async function readServiceForScoring(name: string): Promise<ServiceForScoring | null> {
  const rows = await queryRows<Row>(
    `SELECT s.state::text AS state, s.auth_enabled, s.primary_key_hash, s.secondary_key_hash, s.fpgas_per_replica, s.max_batch_size, s.max_queue_delay_ms, s.image_id::text AS image_id,
            r.ready, n.name AS node_name, n.worker_id, n.loaded_digest, n.reflash_until, w.scoring_url
     FROM services s
     LEFT JOIN service_replicas r ON r.service_id = s.id
     LEFT JOIN compute_nodes n ON n.id = r.node_id
     LEFT JOIN workers w ON w.id = n.worker_id
     WHERE s.name = $1`,
    [name],
  );
  if (rows.length === 0) return null;
  const [first] = rows;
  return {
    state: first.state,
    authEnabled: first.auth_enabled,
    primaryKeyHash: first.primary_key_hash,
    secondaryKeyHash: first.secondary_key_hash,
    fpgasPerReplica: first.fpgas_per_replica,
    maxBatchSize: first.max_batch_size,
    maxQueueDelayMs: first.max_queue_delay_ms,
    imageId: first.image_id,
    replicas: rows
      .filter((row) => row.node_name !== null)
      .map((row) => ({ ready: Boolean(row.ready), node: { name: row.node_name!, workerId: row.worker_id, loadedDigest: row.loaded_digest, reflashUntil: row.reflash_until, scoringUrl: row.scoring_url } })),
  };
}
