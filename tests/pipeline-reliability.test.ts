import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { IMAGES_DIR, listArtifactFiles, SQUEEZENET, uniqueName } from "./helpers";
import { reconcileServiceHealth } from "@/lib/services";
import { readFile } from "node:fs/promises";
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
    const child = spawn(process.execPath, ["--import", "tsx", "server/worker.ts"], { cwd: ROOT, env: { ...process.env, WORKER_HTTP_PORT: "0", WORKER_GRPC_PORT: "0" }, stdio: "ignore" });
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

  it("mark a service Unhealthy when its node's worker dies, and Healthy once a live worker adopts the node", async () => {
    const worker = await startWorker({ httpPort: 0, log: () => undefined });
    const name = uniqueName("heal");
    try {
      const conversion = await convert(`${source.name}-heal`);
      await waitForState(() => api.conversion(conversion.body.id), ["Succeeded"]);
      await api.buildImage({ name, model: `${source.name}-heal`, version: 1 });
      await waitForState(() => api.image(name, 1), ["Succeeded"]);
      const compute = uniqueName("h").slice(0, 16);
      await api.createCompute({ name: compute, region: "westus2" });
      await waitForState(() => api.compute(compute), ["Succeeded"]);
      await api.deploy({ name, image: { name, version: 1 }, compute, authEnabled: false });
      await waitForState(() => api.service(name), ["Healthy"]);
    } finally {
      await worker.stop(); // its row goes, and the node has no worker
    }
    expect(await reconcileServiceHealth()).toMatchObject({ unhealthy: [name] });
    expect((await api.service(name)).body.state).toBe("Unhealthy");
    const next = await startWorker({ httpPort: 0, log: () => undefined }); // adopts the node at its first heartbeat
    try {
      const healthy = (await api.service(name)).body;
      expect(healthy.state).toBe("Healthy");
      const scored = await fetch(healthy.scoringUri, { method: "POST", body: await readFile(path.join(IMAGES_DIR, "winml_dog.jpg")) });
      expect(scored.status).toBe(200);
    } finally {
      await next.stop();
    }
  }, 120_000);

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
