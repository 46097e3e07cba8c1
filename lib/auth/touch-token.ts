import { db } from "@/lib/db";

// A token's last-used time, written at most once a minute per token and process: a
// write per request would cost every scoring call a round trip, and would empty every
// process's token cache (the table's trigger notifies on each write).
const INTERVAL_MS = 60_000;
const written = new Map<string, number>();

export function touchToken(id: string): void {
  const now = Date.now();
  if (now - (written.get(id) ?? 0) < INTERVAL_MS) return;
  written.set(id, now);
  // Losing one of these writes only makes "last used" a minute older; never fail the request for it.
  db.apiToken.update({ where: { id }, data: { lastUsedAt: new Date(now) } }).catch(() => written.delete(id));
}
