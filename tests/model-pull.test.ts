import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as pullRoute from "@/app/api/v1/catalog/[id]/pull/route";
import * as catalogRoute from "@/app/api/v1/catalog/route";
import * as pullStatusRoute from "@/app/api/v1/pulls/[id]/route";
import * as healthRoute from "@/app/api/v1/health/route";
import { db } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, MODELS_DIR } from "./helpers";

// A real worker (graphile-worker on the test database) runs the pulls end to end.
let worker: StartedWorker;
beforeAll(async () => {
  worker = await startWorker({ httpPort: 0, concurrency: 2, log: () => {} });
});
afterAll(async () => {
  await worker.stop();
});

async function waitForPull(id: string) {
  for (let i = 0; i < 600; i++) {
    const { body } = await call(pullStatusRoute.GET, { params: { id } });
    if (body.state === "Succeeded" || body.state === "Failed") return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pull ${id} did not finish`);
}

describe("catalog pulls through the worker", () => {
  it("pulls MobileNetV2-int8 from the mirror, verifies it and registers it with its preprocessing", async () => {
    const queued = await call(pullRoute.POST, { method: "POST", params: { id: "mobilenetv2-int8" } });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ catalogId: "mobilenetv2-int8", state: "Queued" });
    const done = await waitForPull(queued.body.id);
    expect(done).toMatchObject({ state: "Succeeded", progress: 1, bytesDone: 3655033, error: null });
    expect(done.source).toBe(path.join(MODELS_DIR, "mobilenetv2-12-int8.onnx"));
    expect(done.logs.map((l: { message: string }) => l.message).join("\n")).toMatch(/Verified sha256 cc028fe6cae7/);
    const model = await db.model.findFirstOrThrow({ where: { catalogId: "mobilenetv2-int8" } });
    expect(model.inputs).toEqual([{ name: "input", dtype: "float32", shape: ["batch_size", 3, 224, 224] }]);
    expect(model.preprocessing).toMatchObject({ code: "P1", channelOrder: "RGB", layout: "NCHW" });
    const catalog = await call(catalogRoute.GET);
    const entry = catalog.body.items.find((e: { id: string }) => e.id === "mobilenetv2-int8");
    expect(entry.registered).toEqual([{ name: model.name, version: model.version }]);
  });

  it("fails a pull with a clear message when no source has the file, and registers nothing", async () => {
    setEnv({ MODEL_MIRROR_DIR: await mkdtemp(path.join(tmpdir(), "empty-mirror-")) });
    try {
      const before = await db.model.count();
      const queued = await call(pullRoute.POST, { method: "POST", params: { id: "squeezenet1.1-caffe2" } });
      const done = await waitForPull(queued.body.id);
      expect(done.state).toBe("Failed");
      expect(done.error).toMatch(/MODEL_MIRROR_DIR/);
      expect(await db.model.count()).toBe(before);
    } finally {
      setEnv({ MODEL_MIRROR_DIR: MODELS_DIR });
    }
  });

  it("answers 404 catalog_entry_not_found for an unknown catalog id", async () => {
    const res = await call(pullRoute.POST, { method: "POST", params: { id: "alexnet" } });
    expect(res).toMatchObject({ status: 404, body: { code: "catalog_entry_not_found" } });
  });

  it("reports database, migrations and a live worker in /api/v1/health", async () => {
    const { status, body } = await call(healthRoute.GET);
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.checks.migrations).toMatchObject({ status: "ok", pending: [] });
    expect(body.checks.workers.live).toBeGreaterThanOrEqual(1);
  });
});
