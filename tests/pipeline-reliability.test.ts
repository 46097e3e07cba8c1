import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { listArtifactFiles, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// The pipeline's jobs survive a killed worker, run once with several workers, and end
// quietly when their row is gone.

const ROOT = path.resolve(import.meta.dirname, "..");
let source: Awaited<ReturnType<typeof uploadModel>>;

beforeAll(async () => {
  setEnv({ WORKER_STALE_SECONDS: "2", COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0" });
  source = await uploadModel({ name: uniqueName("rel"), path: SQUEEZENET });
});
afterAll(disconnectDb);

const convert = (resultName: string) =>
  api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), resultName });

describe("pipeline jobs", () => {
  it("finish a conversion whose worker was killed mid-way: one model version, no orphan file", async () => {
    const resultName = `${source.name}-killed`;
    const { body } = await convert(resultName);
    // A real worker process, killed with SIGKILL while it converts.
    const child = spawn(process.execPath, ["--import", "tsx", "server/worker.ts"], { cwd: ROOT, env: { ...process.env, WORKER_HTTP_PORT: "0" }, stdio: "ignore" });
    try {
      await waitForState(() => api.conversion(body.id), ["Running"], 60_000);
      const until = Date.now() + 30_000;
      while ((await api.conversion(body.id)).body.progress < 0.05 && Date.now() < until) await sleep(20);
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((resolve) => child.once("exit", resolve));
    expect((await api.conversion(body.id)).body.state).toBe("Running");

    const worker = await startWorker({ httpPort: 0, log: () => undefined });
    try {
      const done = (await waitForState(() => api.conversion(body.id), ["Succeeded", "Failed"], 90_000)).body;
      expect(done.state, JSON.stringify(done.log)).toBe("Succeeded");
      expect(done.log.map((l: { message: string }) => l.message).join("\n")).toMatch(/Running again \(attempt 2/);
    } finally {
      await worker.stop();
    }
    expect(await db.model.findMany({ where: { name: resultName }, select: { version: true } })).toEqual([{ version: 1 }]);
    const files = await listArtifactFiles();
    const models = await db.model.findMany({ select: { digest: true } });
    expect(files.map((f) => path.basename(path.dirname(f)) + path.basename(f)).sort()).toEqual(models.map((m) => m.digest).sort());
  }, 180_000);

  it("never run one job twice with two workers on one database", async () => {
    const resultName = `${source.name}-pair`;
    const ids = await Promise.all([1, 2, 3, 4].map(async () => (await convert(resultName)).body.id as string));
    const workers: StartedWorker[] = [await startWorker({ httpPort: 0, log: () => undefined }), await startWorker({ httpPort: 0, log: () => undefined })];
    try {
      for (const id of ids) expect((await waitForState(() => api.conversion(id), ["Succeeded", "Failed"], 120_000)).body.state).toBe("Succeeded");
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    for (const id of ids) {
      const starts = await db.resourceLog.count({ where: { resourceKind: "conversion", resourceId: id, message: { startsWith: "Running" } } });
      expect(starts).toBe(1);
    }
    const versions = await db.model.findMany({ where: { name: resultName }, select: { version: true }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
  }, 240_000);

  it("end quietly when the row they work on was deleted", async () => {
    const missing = () => crypto.randomUUID();
    await db.$transaction(async (tx) => {
      await addJob(tx, TASKS.conversionsRun, { conversionId: missing() });
      await addJob(tx, TASKS.imagesBuild, { imageId: missing() });
      await addJob(tx, TASKS.computesProvision, { computeId: missing() });
      await addJob(tx, TASKS.computesDelete, { computeId: missing() });
      await addJob(tx, TASKS.servicesDeploy, { serviceId: missing() });
      await addJob(tx, TASKS.servicesDelete, { serviceId: missing() });
    });
    const worker = await startWorker({ httpPort: 0, log: () => undefined });
    try {
      const until = Date.now() + 30_000;
      let left: { task_identifier: string; last_error: string | null }[] = [];
      do {
        await sleep(200);
        left = await db.$queryRaw`SELECT task_identifier, last_error FROM graphile_worker.jobs`;
      } while (left.length && Date.now() < until);
      expect(left).toEqual([]);
    } finally {
      await worker.stop();
    }
  });
});
