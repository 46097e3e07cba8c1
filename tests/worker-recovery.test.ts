import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/v1/health/route";
import { db, disconnectDb } from "@/lib/db";
import { addJob, TASKS } from "@/lib/jobs";
import { reapDeadWorkers } from "@/lib/workers";
import { call } from "./helpers";

afterAll(disconnectDb);

describe("a killed worker leaves no stuck job", () => {
  it("unlocks the jobs of a worker whose heartbeat stopped and forgets it", async () => {
    await db.$transaction((tx) => addJob(tx, TASKS.modelsPull, { pullId: crypto.randomUUID() }, { jobKey: "stuck-job" }));
    // What `kill -9` leaves: a job locked by a graphile worker id whose process is gone.
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'graphile-dead-1' WHERE key = 'stuck-job'`;
    await db.worker.create({ data: { id: "dead-node", hostname: "h", pid: 1, jobWorkerIds: ["graphile-dead-1"], heartbeatAt: new Date(Date.now() - 120_000) } });

    const { reaped } = await reapDeadWorkers({ staleSeconds: 30, selfId: "live-node" });

    expect(reaped).toEqual(["dead-node"]);
    const [job] = await db.$queryRaw<{ locked_by: string | null }[]>`SELECT locked_by FROM graphile_worker._private_jobs WHERE key = 'stuck-job'`;
    expect(job.locked_by).toBeNull();
    expect(await db.worker.count({ where: { id: "dead-node" } })).toBe(0);
  });

  it("reports the studio as degraded when no worker is alive", async () => {
    const { status, body } = await call(healthRoute.GET);
    expect(status).toBe(200);
    expect(body.status).toBe("degraded");
    expect(body.checks.workers).toMatchObject({ status: "down", live: 0 });
    expect(body.checks.database.status).toBe("ok");
  });
});

describe("a worker logs what goes wrong in the background", () => {
  it("says when its artifact sweep fails instead of swallowing it", async () => {
    const { mkdir, rm, writeFile } = await import("node:fs/promises");
    const { tmpDir } = await import("@/lib/artifacts");
    const { startWorker } = await import("@/worker/start-worker");
    await rm(tmpDir(), { recursive: true, force: true });
    await mkdir(path.dirname(tmpDir()), { recursive: true });
    await writeFile(tmpDir(), "a file where the staging folder belongs"); // readdir fails with ENOTDIR
    const lines: string[] = [];
    const worker = await startWorker({ httpPort: 0, log: (line) => lines.push(line) });
    try {
      expect(lines.find((l) => l.startsWith("artifact sweep failed:"))).toMatch(/ENOTDIR/);
    } finally {
      await worker.stop();
      await rm(tmpDir(), { force: true });
    }
  });
});

describe("a job locked in the name of no registered worker", () => {
  it("is released once the lock is as old as a dead heartbeat, and a fresh one is left alone", async () => {
    await db.$transaction(async (tx) => {
      await addJob(tx, TASKS.modelsPull, { pullId: crypto.randomUUID() }, { jobKey: "orphan-old" });
      await addJob(tx, TASKS.modelsPull, { pullId: crypto.randomUUID() }, { jobKey: "orphan-fresh" });
    });
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now() - interval '2 minutes', locked_by = 'pool-nobody' WHERE key = 'orphan-old'`;
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'pool-just-started' WHERE key = 'orphan-fresh'`;
    await reapDeadWorkers({ staleSeconds: 30, selfId: "live-node" });
    const rows = await db.$queryRaw<{ key: string; locked_by: string | null }[]>`SELECT key, locked_by FROM graphile_worker.jobs WHERE key LIKE 'orphan-%' ORDER BY key`;
    expect(rows).toEqual([{ key: "orphan-fresh", locked_by: "pool-just-started" }, { key: "orphan-old", locked_by: null }]);
  });
});
