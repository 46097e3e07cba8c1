import { notifiedCache } from "@/lib/db/notified-cache";
import { SERVICE_VIEW_CHANNEL } from "@/lib/db/sql-only-objects";
import { readServiceForScoring, type ServiceForScoring } from "./read-service-for-scoring";

// What a scoring request needs of its service (state, key hashes, replicas), kept in
// memory instead of read per request: the read was 1.9 ms of a 13 ms score
// (BENCHMARKS.md, serving protocols). It still acts at once when a key is regenerated or
// a service changes state: triggers on services, service_replicas and compute_nodes
// notify at every commit (migration 20261201100000_service_view_notify), and
// lib/db/notified-cache.ts empties the cache then.

const cache = notifiedCache<ServiceForScoring | null>({ channel: SERVICE_VIEW_CHANNEL, load: readServiceForScoring, maxAgeMs: 5_000, maxEntries: 1_000 });

/** The service's scoring view, from memory when the listener vouches for it. */
export const readServiceView = (name: string): Promise<ServiceForScoring | null> => cache.get(name);

/** Whether reads are being answered from memory, and how many services it holds (tests, diagnostics). */
export const serviceViewCacheState = () => cache.state();
