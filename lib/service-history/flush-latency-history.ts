import { pendingRollups } from "./pending-rollups";
import { writeLatencyRollups } from "./write-latency-rollups";

// A flush that fails (the database away) puts its rollups back for the next one, but not
// forever: past this age they are dropped, so a long outage cannot grow memory without end.
const KEEP_UNWRITTEN_MS = 60 * 60_000;

let previous: Promise<unknown> = Promise.resolve();

/**
 * Writes everything this process has recorded so far — finished minutes and the current
 * one so far — into Postgres. Flushes run one after another: when the promise resolves,
 * every score recorded before the call is in the database (a test, the worker's stop).
 */
export function flushLatencyHistory(): Promise<{ written: number; dropped: number }> {
  const flush = previous.then(flushPending, flushPending);
  previous = flush.catch(() => undefined);
  return flush;
}

async function flushPending() {
  const rollups = pendingRollups.take();
  if (!rollups.length) return { written: 0, dropped: 0 };
  try {
    return await writeLatencyRollups({ rollups });
  } catch (error) {
    const cutoff = Date.now() - KEEP_UNWRITTEN_MS;
    pendingRollups.merge(rollups.filter((r) => r.minute.getTime() >= cutoff));
    throw error;
  }
}
