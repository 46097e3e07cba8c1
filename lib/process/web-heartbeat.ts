import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logging";

const log = logger("web");
const BEAT_MS = 10_000;
// A web process gone this long (a crash, a pod deleted) is forgotten by the others.
const FORGET_AFTER_MS = 24 * 60 * 60_000;

/**
 * Registers this web process and refreshes its heartbeat, so that the health page lists
 * every web process of a cluster, as it lists workers. Web keeps nothing else in the
 * database of its own: sessions and tokens are rows any web process reads. A failing beat
 * (the database away) is logged and tried again; web keeps serving.
 */
export function startWebHeartbeat(options: { url: string }): { stop: () => Promise<void> } {
  const id = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const beat = async () => {
    const heartbeatAt = new Date();
    await db.webProcess.upsert({ where: { id }, create: { id, hostname: hostname(), pid: process.pid, url: options.url, heartbeatAt }, update: { heartbeatAt } });
    await db.webProcess.deleteMany({ where: { heartbeatAt: { lt: new Date(Date.now() - FORGET_AFTER_MS) } } });
  };
  const beatOrLog = () => beat().catch((e) => log.warn(`heartbeat failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`));
  void beatOrLog();
  const timer = setInterval(() => void beatOrLog(), Math.min(BEAT_MS, (env().WORKER_STALE_SECONDS * 1000) / 3));
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await db.webProcess.deleteMany({ where: { id } }).catch(() => undefined);
    },
  };
}
