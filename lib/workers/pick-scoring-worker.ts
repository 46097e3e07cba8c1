import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { scoringSocketPath } from "./scoring-socket-path";

// Live workers change rarely; re-reading them on every score would add a database
// round trip to the latency the studio shows.
const TTL_MS = 2_000;
let cached: { urls: ScoringWorker[]; until: number } | undefined;
let turn = 0;

/** A worker's scoring host: its URL, and its Unix socket when it runs on this machine (scoring-socket-path.ts). */
export type ScoringWorker = { url: string; socketPath?: string };

/** A live worker's scoring host, round-robin; 503 when no worker is up. */
export async function pickScoringWorker(): Promise<ScoringWorker> {
  if (!cached || cached.until < Date.now()) {
    const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
    const workers = await db.worker.findMany({ where: { heartbeatAt: { gte: cutoff }, scoringUrl: { not: null } }, orderBy: { id: "asc" } });
    cached = { urls: workers.map((w) => ({ url: w.scoringUrl!, socketPath: localSocket(w.id, w.hostname) })), until: Date.now() + TTL_MS };
  }
  if (!cached.urls.length) {
    cached = undefined;
    throw new AppError("unavailable", "No worker is running to score images. Start the studio with `npm start`, which starts one.");
  }
  return cached.urls[turn++ % cached.urls.length];
}

function localSocket(id: string, host: string): string | undefined {
  const socket = scoringSocketPath(id);
  return env().SCORING_UNIX_SOCKET && host === hostname() && existsSync(socket) ? socket : undefined;
}

export function forgetScoringWorkers(): void {
  cached = undefined;
}
