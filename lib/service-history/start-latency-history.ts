import { deleteOldLatencyHistory } from "./delete-old-latency-history";
import { flushLatencyHistory } from "./flush-latency-history";

// Every 10 s a node adds what it recorded into Postgres, the current minute included (the
// upsert adds, so a minute may be written in several parts): the studio's last-hour chart
// is at most this far behind, and a crash loses at most this much. Old minutes go hourly.
const FLUSH_MS = 10_000;
const PRUNE_MS = 60 * 60_000;

export type LatencyHistoryRunner = { stop: () => Promise<void> };

/** A scoring node's side of the latency history: the periodic flush and the retention delete. */
export function startLatencyHistory(options: { log: (line: string) => void }): LatencyHistoryRunner {
  const { log } = options;
  const flush = () =>
    flushLatencyHistory()
      .then(({ dropped }) => dropped && log(`latency history: dropped ${dropped} minute(s) of services that no longer exist`))
      .catch((e) => log(`latency history flush failed (kept for the next one): ${errorText(e)}`));
  const prune = () =>
    deleteOldLatencyHistory()
      .then(({ deleted }) => deleted && log(`latency history: deleted ${deleted} minute(s) past retention`))
      .catch((e) => log(`latency history retention failed: ${errorText(e)}`));
  const flusher = setInterval(() => void flush(), FLUSH_MS);
  let pruning = prune();
  const pruner = setInterval(() => void (pruning = prune()), PRUNE_MS);
  flusher.unref();
  pruner.unref();
  return {
    stop: async () => {
      clearInterval(flusher);
      clearInterval(pruner);
      await Promise.all([pruning, flush()]);
    },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
