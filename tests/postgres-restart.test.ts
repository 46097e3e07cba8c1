import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import { db, disconnectDb } from "@/lib/db";
import { startDatabase, type StartedDatabase } from "@/lib/db/start-database";
import { setEnv } from "@/lib/env";
import { freePort } from "@/lib/net/free-port";
import { scoringPath } from "@/lib/services";
import { startBalancedLoad } from "./cluster/balanced-load";
import { spawnWorker, type WorkerProcess } from "./cluster/worker-process";
import { call, IMAGES_DIR, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// Postgres restarted under load: a Postgres of this file's own (the suite's is shared by
// every file), a real worker process scoring a service. While the database is down,
// requests that need it fail cleanly — 503 problem+json, code "unavailable" — and none
// hangs or answers 500; once it is back, the same processes serve again, without a
// restart, and the worker's heartbeat resumes.

const root = await mkdtemp(path.join(tmpdir(), "accel-pg-restart-"));
const port = await freePort();
const databaseOptions = { dataDir: path.join(root, "pg"), port, database: "accel", stageRoot: path.join(root, "stage"), isEphemeral: true };
let database: StartedDatabase;
let worker: WorkerProcess;
const name = uniqueName("pgr");
const ENV = { COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2", WORKER_STALE_SECONDS: "10" };

beforeAll(async () => {
  database = await startDatabase(databaseOptions);
  // This file's app modules and its worker process both use the database above.
  setEnv({ DATABASE_URL: database.url, ...ENV });
  worker = await spawnWorker({ id: `${name}-w`, env: { ...ENV, DATABASE_URL: database.url, ARTIFACT_DIR: process.env.ARTIFACT_DIR!, DATA_DIR: process.env.DATA_DIR! } });
  const source = await uploadModel({ name, path: SQUEEZENET });
  const conversion = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), resultName: `${name}-accel` });
  await waitForState(() => api.conversion(conversion.body.id), ["Succeeded"], 120_000);
  await api.buildImage({ name: `${name}-img`, model: `${name}-accel`, version: 1 });
  await waitForState(() => api.image(`${name}-img`, 1), ["Succeeded"]);
  const compute = uniqueName("c").slice(0, 16);
  await api.createCompute({ name: compute, agentCount: 1, region: "westus2" });
  await waitForState(() => api.compute(compute), ["Succeeded"]);
  await api.deploy({ name, image: { name: `${name}-img`, version: 1 }, compute, replicas: 1, authEnabled: false });
  await waitForState(() => api.service(name), ["Healthy"]);
}, 240_000);

afterAll(async () => {
  worker?.child.kill("SIGKILL");
  await worker?.exited;
  await disconnectDb();
  await database?.stop();
  await rm(root, { recursive: true, force: true });
});

describe("Postgres restarted under load", () => {
  it("answers 503 problems while it is down and serves again once it is back, without restarting a process", async () => {
    const dog = await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
    const load = startBalancedLoad({ targets: () => [worker.scoringUrl], path: scoringPath(name), body: dog, concurrency: 2 });
    try {
      await load.waitFor(20);
      const stoppedAt = Date.now();
      await database.stop();
      // Long enough for every cache and pooled connection to notice.
      await sleep(3_000);
      const during = await call(modelsRoute.GET, { url: "/api/v1/models" });
      expect(during.status, JSON.stringify(during.body)).toBe(503);
      expect(during.body).toMatchObject({ code: "unavailable" });
      database = await startDatabase(databaseOptions);
      const startedAt = Date.now();

      // Back: scores succeed again, and keep succeeding.
      let recoveredAt = 0;
      for (const until = Date.now() + 60_000; Date.now() < until && !recoveredAt; await sleep(100)) {
        const recent = load.outcomes.filter((o) => o.at > startedAt);
        if (recent.length >= 5 && recent.slice(-5).every((o) => o.ok)) recoveredAt = Date.now();
      }
      expect(recoveredAt, "scores did not succeed again within 60 s of the restart").toBeGreaterThan(0);
      await load.waitFor(20);
      const failures = load.outcomes.filter((o) => !o.ok);
      // Failures there were: the service view is read from the database once its change feed drops.
      expect(failures.length).toBeGreaterThan(0);
      // Every failure is a clean 503 "unavailable", all of them while Postgres was away.
      for (const failure of failures) expect(failure.error, JSON.stringify(failure)).toMatch(/^503 .*"code":"unavailable"/);
      expect(failures.filter((o) => o.at > recoveredAt)).toEqual([]);
      expect(failures.every((o) => o.end >= stoppedAt)).toBe(true);

      // The API in this process and the worker's heartbeat recover too; the worker never restarted.
      expect((await call(modelsRoute.GET, { url: "/api/v1/models" })).status).toBe(200);
      expect(worker.child.exitCode).toBeNull();
      const beatSince = async () => (await db.worker.findUnique({ where: { id: worker.id } }))?.heartbeatAt.getTime() ?? 0;
      for (const until = Date.now() + 20_000; Date.now() < until && (await beatSince()) < startedAt; ) await sleep(200);
      expect(await beatSince()).toBeGreaterThan(startedAt);
    } finally {
      await load.stop();
    }
  }, 180_000);
});
