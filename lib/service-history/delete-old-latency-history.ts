import { db } from "@/lib/db";
import { env } from "@/lib/env";

const DAY_MS = 86_400_000;

/** Drops the minutes older than the retention (LATENCY_HISTORY_DAYS); an index on "minute" keeps it cheap. */
export async function deleteOldLatencyHistory(options: { days?: number; now?: Date } = {}): Promise<{ deleted: number }> {
  const days = options.days ?? env().LATENCY_HISTORY_DAYS;
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * DAY_MS);
  const { count } = await db.serviceLatencyMinute.deleteMany({ where: { minute: { lt: cutoff } } });
  return { deleted: count };
}
