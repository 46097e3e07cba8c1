import path from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as modelVersionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import * as quotasRoute from "@/app/api/v1/quotas/route";
import * as cancelRoute from "@/app/api/v1/conversions/[id]/cancel/route";
import * as regenerateRoute from "@/app/api/v1/services/[name]/keys/regenerate/route";
import * as serviceScoreRoute from "@/app/api/v1/services/[name]/score/route";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// Bad requests answer problem+json with a stable code, and write nothing.

let worker: StartedWorker;
const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));
let source: Awaited<ReturnType<typeof uploadModel>>;

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2", PBS_QUOTA_VCPUS: "12" });
  worker = await startWorker({ httpPort: 0, log: () => undefined });
  source = await uploadModel({ name: uniqueName("err"), path: SQUEEZENET });
});
afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
});

const convertRequest = (changes: Record<string, unknown> = {}) => ({
  model: source.name,
  version: source.version,
  inputTensors: source.inputs.map((t) => t.name),
  outputTensors: source.outputs.map((t) => t.name),
  precision: "ms-fp9",
  ...changes,
});

function expectProblem(response: { status: number; headers: Headers; body: { code: string; detail: string } }, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe(code);
}

describe("pipeline requests that cannot be served", () => {
  it("refuses tensor names the graph does not have, naming the ones it does", async () => {
    const response = await api.convert(convertRequest({ inputTensors: ["images:0"] }));
    expectProblem(response, 422, "unknown_tensor");
    expect(response.body.detail).toContain(source.inputs[0].name);
    const intermediate = await api.convert(convertRequest({ outputTensors: ["pool10_1"] }));
    expectProblem(intermediate, 422, "unknown_tensor");
    expect(intermediate.body.detail).toMatch(/intermediate tensor/);
    expect(await db.conversion.count()).toBe(0);
  });

  it("refuses to take a TensorFlow model straight to accel-onnx, naming the way", async () => {
    // A row of that framework stands in for an upload: the target is refused before the file is read.
    const row = await db.model.findFirstOrThrow({ where: { name: source.name } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = row;
    const tf = await db.model.create({ data: { ...fields, name: `${source.name}-tf`, framework: "tensorflow", tags: {}, inputs: row.inputs ?? [], outputs: row.outputs ?? [], graph: row.graph ?? {}, preprocessing: undefined, azureSource: undefined } });
    const response = await api.convert({ ...convertRequest({ model: tf.name }), target: "accel-onnx" });
    expectProblem(response, 422, "unsupported_model");
    expect(response.body.detail).toMatch(/TensorFlow model: convert it to ONNX first \(target "onnx"\)/);
    await db.model.delete({ where: { id: tf.id } });
  });

  it("refuses a precision the NPU does not have", async () => {
    const response = await api.convert(convertRequest({ precision: "int4" }));
    expectProblem(response, 400, "validation_failed");
    expect(response.body.detail).toMatch(/ms-fp8, ms-fp9, fp16, fp32/);
  });

  it("refuses an image of a model that was not converted", async () => {
    expectProblem(await api.buildImage({ name: uniqueName("img"), model: source.name, version: source.version }), 422, "model_not_converted");
    expect(await db.image.count()).toBe(0);
  });

  it("refuses a compute past the region's PBS vCPU quota, and shows usage", async () => {
    const first = uniqueName("q").slice(0, 16);
    expect((await api.createCompute({ name: first, agentCount: 1, region: "southeastasia" })).status).toBe(202);
    const over = await api.createCompute({ name: uniqueName("q").slice(0, 16), agentCount: 2, region: "southeastasia" });
    expectProblem(over, 409, "quota_exceeded");
    expect(over.body.detail).toMatch(/Standard PBS Family vCPUs/);
    const quota = await call(quotasRoute.GET, { url: "/api/v1/quotas?region=southeastasia" });
    expect(quota.body.items).toEqual([{ region: "southeastasia", name: "Standard PBS Family vCPUs", currentValue: 6, limit: 12, unit: "vCPUs" }]);
    expectProblem(await api.createCompute({ name: uniqueName("q").slice(0, 16), vmSize: "Standard_NC6" }), 400, "validation_failed");
  });

  it("cancels a queued conversion, and refuses to cancel a finished one", async () => {
    await worker.stop(); // nothing may pick the job up meanwhile
    try {
      const queued = await api.convert(convertRequest());
      const cancelled = await call(cancelRoute.POST, { method: "POST", params: { id: queued.body.id } });
      expect(cancelled.body.state).toBe("Cancelled");
      expectProblem(await call(cancelRoute.POST, { method: "POST", params: { id: queued.body.id } }), 409, "invalid_state");
      const jobs = await db.$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE key = ${`conversion:${queued.body.id}`}`;
      expect(jobs).toEqual([]);
    } finally {
      worker = await startWorker({ httpPort: 0, log: () => undefined });
    }
  });

  it("ends a conversion that runs past its time limit as TimedOut, with the reason", async () => {
    setEnv({ CONVERSION_TIMEOUT_SECONDS: "0.001" });
    try {
      const { body } = await api.convert(convertRequest({ resultName: `${source.name}-slow` }));
      const ended = (await waitForState(() => api.conversion(body.id), ["TimedOut", "Succeeded", "Failed"])).body;
      expect(ended.state).toBe("TimedOut");
      expect(ended.error).toMatch(/Timed out after 0.001 s \(CONVERSION_TIMEOUT_SECONDS\)/);
      expect(await db.model.count({ where: { name: `${source.name}-slow` } })).toBe(0);
    } finally {
      setEnv({ CONVERSION_TIMEOUT_SECONDS: undefined });
    }
  });

  it("guards a service: not Healthy, no key, a wrong key, a regenerated key; and deletes in Azure's order only", async () => {
    const conversion = await api.convert(convertRequest({ precision: "fp16", resultName: `${source.name}-guard` }));
    expect((await waitForState(() => api.conversion(conversion.body.id), ["Succeeded", "Failed"])).body.state).toBe("Succeeded");
    const image = uniqueName("img");
    await api.buildImage({ name: image, model: `${source.name}-guard`, version: 1 });
    await waitForState(() => api.image(image, 1), ["Succeeded"]);
    const compute = uniqueName("c").slice(0, 16);
    await api.createCompute({ name: compute, agentCount: 1, region: "eastus" });
    await waitForState(() => api.compute(compute), ["Succeeded"]);
    const name = uniqueName("svc");
    const score = (key?: string) => call(serviceScoreRoute.POST, { method: "POST", params: { name }, body: dog, headers: key ? { authorization: `Bearer ${key}` } : {} });
    // With no worker running, the deployment stays Transitioning: scoring it is refused.
    await worker.stop();
    const deployed = await api.deploy({ name, image: { name: image, version: 1 }, compute, authEnabled: true });
    expect(deployed.body.state).toBe("Transitioning");
    expectProblem(await score(deployed.body.keys.primary), 503, "unavailable");
    // The one FPGA is taken: a second service does not fit.
    expectProblem(await api.deploy({ name: uniqueName("svc"), image: { name: image, version: 1 }, compute }), 409, "insufficient_capacity");
    // A new worker (a restart has a new id) takes over the node whose worker is gone, and the job.
    worker = await startWorker({ httpPort: 0, log: () => undefined });
    expect((await waitForState(() => api.service(name), ["Healthy", "Failed"])).body.state).toBe("Healthy");
    const nodeLog = (await api.compute(compute)).body.log.map((l: { message: string }) => l.message).join("\n");
    expect(nodeLog).toMatch(/now served by worker/);
    expectProblem(await score(), 401, "unauthenticated");
    expectProblem(await score("not-a-key"), 401, "invalid_key");
    expect((await score(deployed.body.keys.primary)).status).toBe(200);
    const regenerated = await call(regenerateRoute.POST, { method: "POST", params: { name }, body: JSON.stringify({ key: "primary" }) });
    expect(regenerated.body.keys.primary).toMatch(/^[\w-]{43}$/);
    expectProblem(await score(deployed.body.keys.primary), 401, "invalid_key");
    expect((await score(regenerated.body.keys.primary)).status).toBe(200);
    expect((await score(deployed.body.keys.secondary)).status).toBe(200);
    // While its FPGA is reflashed, the node answers UNAVAILABLE.
    await db.computeNode.updateMany({ where: { compute: { name: compute } }, data: { reflashUntil: new Date(Date.now() + 60_000) } });
    // The node sees the change when Postgres' notification of it arrives (lib/db/notified-cache.ts): waited for, not raced.
    await expect.poll(async () => (await score(deployed.body.keys.secondary)).status, { timeout: 10_000, interval: 20 }).toBe(503);
    const reflashing = await score(deployed.body.keys.secondary);
    expectProblem(reflashing, 503, "unavailable");
    expect(reflashing.body.detail).toMatch(/being reflashed/);
    expect(reflashing.headers.get("retry-after")).toBe("5");
    await db.computeNode.updateMany({ where: { compute: { name: compute } }, data: { reflashUntil: null } });

    const inUse = await api.deleteCompute(compute);
    expectProblem(inUse, 409, "in_use");
    expect(inUse.body.detail).toContain(`service ${name}`);
    expectProblem(await api.deleteImage(image, 1), 409, "in_use");
    const model = await call(modelVersionRoute.DELETE, { method: "DELETE", params: { name: `${source.name}-guard`, version: "1" } });
    expectProblem(model, 409, "in_use");
    expect(model.body.detail).toContain(`image ${image}:1`);
    const sourceModel = await call(modelVersionRoute.DELETE, { method: "DELETE", params: { name: source.name, version: "1" } });
    expect(sourceModel.body.detail).toContain(`model ${source.name}-guard:1`);

    await api.deleteService(name);
    expectProblem(await score(regenerated.body.keys.primary), 404, "not_found");
  }, 60_000);
});
