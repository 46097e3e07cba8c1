import { db } from "@/lib/db";
import { readMigrationFiles } from "@/lib/db/migrations";
import { env } from "@/lib/env";
import { probeWorker } from "@/lib/workers";

type Check = { status: "ok" | "degraded" | "down"; [detail: string]: unknown };

/** What `GET /api/v1/health` reports: database, migrations, workers, web processes and the job queue. */
export async function getHealth() {
  const database = await checkDatabase();
  const [migrations, workers, web, jobs] =
    database.status === "down"
      ? [{ status: "down" } as Check, { status: "down" } as Check, { status: "down" } as Check, { status: "down" } as Check]
      : await Promise.all([checkMigrations(), checkWorkers(), checkWeb(), checkJobs()]);
  const checks = { database, migrations, workers, web, jobs };
  const statuses = Object.values(checks).map((c) => c.status);
  const status = statuses.includes("down") ? (database.status === "down" ? "down" : "degraded") : statuses.includes("degraded") ? "degraded" : "ok";
  return { status, checks, time: new Date().toISOString() };
}

async function checkDatabase(): Promise<Check> {
  const started = performance.now();
  try {
    const [row] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
    return { status: "ok", latencyMs: Math.round((performance.now() - started) * 10) / 10, version: row.version };
  } catch (error) {
    return { status: "down", error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

async function checkMigrations(): Promise<Check> {
  const files = await readMigrationFiles();
  const applied = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((r) => r.migration_name));
  const pending = files.map((f) => f.name).filter((n) => !done.has(n));
  return { status: pending.length ? "down" : "ok", applied: done.size, pending, latest: files.at(-1)?.name ?? null };
}

/** A worker is live when its heartbeat is recent and, if it hosts scoring, its host answers. */
async function checkWorkers(): Promise<Check> {
  const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
  const workers = await db.worker.findMany({ orderBy: { startedAt: "asc" } });
  const nodes = await Promise.all(
    workers.map(async (w) => {
      const isBeating = w.heartbeatAt >= cutoff;
      const isAnswering = isBeating && (!w.scoringUrl || (await probeWorker({ scoringUrl: w.scoringUrl })));
      return { id: w.id, hostname: w.hostname, pid: w.pid, isLive: isAnswering, heartbeatAt: w.heartbeatAt.toISOString(), isScoring: Boolean(w.scoringUrl) };
    }),
  );
  const live = nodes.filter((n) => n.isLive && n.isScoring).length;
  return { status: live ? "ok" : "down", live, nodes };
}

/** Every web process of the cluster (they beat every 10 s): the one answering is live by definition. */
async function checkWeb(): Promise<Check> {
  const cutoff = new Date(Date.now() - env().WORKER_STALE_SECONDS * 1000);
  const rows = await db.webProcess.findMany({ orderBy: { startedAt: "asc" } });
  const processes = rows.map((w) => ({ id: w.id, hostname: w.hostname, pid: w.pid, url: w.url, isLive: w.heartbeatAt >= cutoff, heartbeatAt: w.heartbeatAt.toISOString(), startedAt: w.startedAt.toISOString() }));
  return { status: "ok", live: processes.filter((p) => p.isLive).length, processes };
}

async function checkJobs(): Promise<Check> {
  const [row] = await db.$queryRaw<{ queued: bigint; running: bigint; failed: bigint }[]>`
    SELECT count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts) AS queued,
           count(*) FILTER (WHERE locked_at IS NOT NULL) AS running,
           count(*) FILTER (WHERE attempts >= max_attempts) AS failed
    FROM graphile_worker.jobs`;
  return { status: "ok", queued: Number(row.queued), running: Number(row.running), failed: Number(row.failed) };
}
