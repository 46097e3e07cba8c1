import pg from "pg";
import { SERVICE_VIEW_CHANNEL } from "@/lib/db/sql-only-objects";
import { requireDatabaseUrl } from "@/lib/env";
import { readServiceForScoring, type ServiceForScoring } from "./read-service-for-scoring";

// What a scoring request needs of its service (state, key hashes, replicas), kept in
// memory instead of read per request: the read was 1.9 ms of a 13 ms score
// (BENCHMARKS.md, serving protocols). It must still act at once when a key is
// regenerated or a service changes state, so the cache is trusted only while this
// process LISTENs to the channel that triggers on services, service_replicas and
// compute_nodes notify at every commit (migration 20261201100000_service_view_notify);
// each notification empties it. Without a working listener (starting up, connection
// lost) every request reads the database, as before.
//
// A read that started before a notification may finish after it with the old rows, so
// an answer is kept only when no notification came in between (the generation). Entries
// also expire after MAX_AGE_MS, a bound on staleness should notifications ever stop
// arriving without the connection failing (a pooler that drops LISTEN, say).

const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 1_000;
const RETRY_MS = 1_000;

type Entry = { view: ServiceForScoring | null; at: number };

type State = { entries: Map<string, Entry>; generation: number; isTrusted: boolean; client: pg.Client | null; retry: NodeJS.Timeout | null };

// On globalThis, as the Prisma client is (lib/db): a dev-mode reload of this module must
// not open a second listener and leave the first one running.
const globalForView = globalThis as unknown as { accelServiceView?: State };
const state: State = (globalForView.accelServiceView ??= { entries: new Map(), generation: 0, isTrusted: false, client: null, retry: null });

/** The service's scoring view, from memory when the listener vouches for it. */
export async function readServiceView(name: string): Promise<ServiceForScoring | null> {
  listen();
  const hit = state.isTrusted ? state.entries.get(name) : undefined;
  if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.view;
  const generation = state.generation;
  const view = await readServiceForScoring(name);
  if (state.isTrusted && generation === state.generation) {
    // Unknown names are kept too (a client retrying a typo), so the map is bounded.
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
    state.entries.set(name, { view, at: Date.now() });
  }
  return view;
}

function forget() {
  state.generation++;
  state.entries.clear();
}

function listen() {
  if (state.client || state.retry) return;
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  state.client = client;
  const lost = () => {
    if (state.client !== client) return;
    state.client = null;
    state.isTrusted = false;
    forget();
    client.end().catch(() => undefined);
    state.retry = setTimeout(() => ((state.retry = null), listen()), RETRY_MS).unref();
  };
  const probe = `probe-${process.pid}-${Math.random().toString(36).slice(2)}`;
  client.on("notification", (message) => {
    forget();
    // The listener is trusted once its own probe came back: proof that notifications
    // committed elsewhere reach this connection, not only that LISTEN was accepted.
    if (message.payload === probe) state.isTrusted = true;
  });
  client.on("error", lost);
  client.on("end", lost);
  client
    .connect()
    .then(() => client.query(`LISTEN ${SERVICE_VIEW_CHANNEL}`))
    .then(() => client.query("SELECT pg_notify($1, $2)", [SERVICE_VIEW_CHANNEL, probe]))
    .catch(lost);
  // The listener must not keep a process alive that has nothing else to do.
  (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
}

/** Whether reads are being answered from memory, and how many services it holds (tests, diagnostics). */
export function serviceViewCacheState() {
  return { isTrusted: state.isTrusted, entries: state.entries.size };
}

/** Stops listening (a worker shutting down, before the database goes); a later read listens again. */
export async function closeServiceViewCache(): Promise<void> {
  if (state.retry) clearTimeout(state.retry);
  state.retry = null;
  const client = state.client;
  state.client = null;
  state.isTrusted = false;
  forget();
  await client?.end().catch(() => undefined);
}
