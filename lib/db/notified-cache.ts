import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";

// Rows a hot path needs on every request (a service's scoring view, an API token), kept
// in memory instead of read each time, yet never stale past a commit: each cache LISTENs
// to a channel that triggers on its tables notify at commit (the migrations say which),
// and every notification empties it. A cache is trusted only once its own probe came
// back on its channel — proof that notifications committed elsewhere reach this
// connection, not only that LISTEN was accepted. Without a working listener (starting
// up, connection lost, a pooler that drops LISTEN) every read goes to the database.
//
// A read that started before a notification may finish after it with the old row, so an
// answer is kept only when no notification came in between (the generation). Entries
// also expire after `maxAgeMs`, a bound on staleness should notifications ever stop
// arriving without the connection failing.
//
// One connection per process serves every channel. LISTEN/NOTIFY is Postgres' own
// mechanism and pg exposes it directly; no maintained package adds what is needed here
// (per-channel trust, generations) over it.

const RETRY_MS = 1_000;

type Channel = { isTrusted: boolean; generation: number; probe: string; onChange: Set<() => void> };
type Feed = { client: pg.Client | null; retry: NodeJS.Timeout | null; channels: Map<string, Channel> };

// On globalThis, as the Prisma client is (lib/db): a dev-mode reload of this module must
// not open a second listener and leave the first one running.
const globalForFeed = globalThis as unknown as { accelChangeFeed?: Feed };
const feed: Feed = (globalForFeed.accelChangeFeed ??= { client: null, retry: null, channels: new Map() });

export type NotifiedCache<V> = {
  get: (key: string) => Promise<V>;
  /** Empties it now: a change this process just committed must not wait for its own notification. */
  forget: () => void;
  /** Whether reads are answered from memory, and how many keys it holds (tests, diagnostics). */
  state: () => { isTrusted: boolean; entries: number };
};

export function notifiedCache<V>(options: { channel: string; load: (key: string) => Promise<V>; maxAgeMs: number; maxEntries: number }): NotifiedCache<V> {
  const entries = new Map<string, { value: V; at: number }>();
  const channel = subscribe(options.channel, () => entries.clear());
  return {
    get: async (key) => {
      listen();
      const hit = channel.isTrusted ? entries.get(key) : undefined;
      if (hit && Date.now() - hit.at < options.maxAgeMs) return hit.value;
      const generation = channel.generation;
      const value = await options.load(key);
      if (channel.isTrusted && generation === channel.generation) {
        // Misses are kept too (a client retrying a typo), so the map is bounded.
        if (entries.size >= options.maxEntries) entries.clear();
        entries.set(key, { value, at: Date.now() });
      }
      return value;
    },
    forget: () => changed(channel),
    state: () => ({ isTrusted: channel.isTrusted, entries: entries.size }),
  };
}

function subscribe(name: string, onChange: () => void): Channel {
  let channel = feed.channels.get(name);
  if (!channel) {
    channel = { isTrusted: false, generation: 0, probe: "", onChange: new Set() };
    feed.channels.set(name, channel);
    if (feed.client) void listenOn(feed.client, name, channel).catch(() => lost(feed.client!));
  }
  channel.onChange.add(onChange);
  return channel;
}

function changed(channel: Channel) {
  channel.generation++;
  for (const onChange of channel.onChange) onChange();
}

async function listenOn(client: pg.Client, name: string, channel: Channel) {
  channel.probe = `probe-${process.pid}-${Math.random().toString(36).slice(2)}`;
  // Channel names come from this code (sql-only-objects.ts), never from a request.
  await client.query(`LISTEN ${name}`);
  await client.query("SELECT pg_notify($1, $2)", [name, channel.probe]);
}

function listen() {
  if (feed.client || feed.retry) return;
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  feed.client = client;
  client.on("notification", (message) => {
    const channel = feed.channels.get(message.channel);
    if (!channel) return;
    changed(channel);
    if (message.payload === channel.probe) channel.isTrusted = true;
  });
  client.on("error", () => lost(client));
  client.on("end", () => lost(client));
  client
    .connect()
    .then(() => Promise.all([...feed.channels].map(([name, channel]) => listenOn(client, name, channel))))
    .catch(() => lost(client));
  // The listener must not keep a process alive that has nothing else to do.
  (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
}

function lost(client: pg.Client) {
  if (feed.client !== client) return;
  feed.client = null;
  for (const channel of feed.channels.values()) {
    channel.isTrusted = false;
    changed(channel);
  }
  client.end().catch(() => undefined);
  feed.retry = setTimeout(() => ((feed.retry = null), listen()), RETRY_MS).unref();
}

/** Stops listening (a process shutting down, before the database goes); a later read listens again. */
export async function closeChangeFeed(): Promise<void> {
  if (feed.retry) clearTimeout(feed.retry);
  feed.retry = null;
  const client = feed.client;
  feed.client = null;
  for (const channel of feed.channels.values()) {
    channel.isTrusted = false;
    changed(channel);
  }
  await client?.end().catch(() => undefined);
}
