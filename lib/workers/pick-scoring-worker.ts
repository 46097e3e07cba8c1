import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Live workers change rarely; re-reading them on every score would add a database
// round trip to the latency the studio shows.
const TTL_MS = 2_000;
let cached: { urls: string[]; until: number } | undefined;
let turn = 0;

/** A live worker's scoring URL, round-robin; 503 when no worker is up. */
export async function pickScoringWorker(): Promise<string> {
  if (!cached || cached.until < Date.now()) {
    const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
    const workers = await db.worker.findMany({ where: { heartbeatAt: { gte: cutoff }, scoringUrl: { not: null } }, orderBy: { id: "asc" } });
    cached = { urls: workers.map((w) => w.scoringUrl!), until: Date.now() + TTL_MS };
  }
  if (!cached.urls.length) {
    cached = undefined;
    throw new AppError("unavailable", "No worker is running to score images. Start the studio with `npm start`, which starts one.");
  }
  return cached.urls[turn++ % cached.urls.length];
}

export function forgetScoringWorkers(): void {
  cached = undefined;
}
