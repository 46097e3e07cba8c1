import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as planRoute from "@/app/api/v1/plan/route";
import { calibrateServiceTime, moments, predictQueue, runOpenLoop } from "@/lib/capacity";
import { disconnectDb } from "@/lib/db";
import { scoreModelVersion } from "@/lib/scoring";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// GET /api/v1/plan on real parts: a SqueezeNet converted through the API, its host overhead
// measured on a real worker, then the plan's queueing model set against a real open-loop
// run on this machine, with the CPU's inference standing in for the FPGA's time.
// Only structure is asserted here — this may run on a loaded two-core CI machine; the
// figures (predicted against measured p50/p99/utilisation) are `npm run bench:plan`'s.

let worker: StartedWorker;
let source: { name: string; version: number };
let converted: { name: string; version: number };
let simulatedMs: number;
const images = ["winml_dog.jpg", "winml_cat.jpg", "coral_parrot.jpg", "grace_hopper.jpg"].map((name) => readFileSync(path.join(IMAGES_DIR, name)));

beforeAll(async () => {
  worker = await startWorker({ httpPort: 0, log: () => undefined });
  source = await uploadModel({ name: uniqueName("plan"), path: SQUEEZENET });
  const requested = await api.convert({ model: source.name, version: source.version, inputTensors: ["data_0"], outputTensors: ["softmaxout_1"], precision: "ms-fp9" });
  expect(requested.status, JSON.stringify(requested.body)).toBe(202);
  const done = (await waitForState(() => api.conversion(requested.body.id), ["Succeeded", "Failed"], 120_000)).body;
  expect(done.state, JSON.stringify(done.log)).toBe("Succeeded");
  converted = done.resultModel;
  simulatedMs = done.report.latency.converted.totalMs;
});
afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
});

const plan = (query: Record<string, string | number>) =>
  call(planRoute.GET, { url: `/api/v1/plan?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}` });
const planFor = (query: Record<string, string | number>) => plan({ model: converted.name, version: converted.version, ...query });

describe("GET /api/v1/plan", () => {
  it("plans a converted SqueezeNet from its simulated FPGA time and the node's measured host overhead", async () => {
    const { status, body } = await planFor({ rps: 5, p99Ms: 2000 });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ model: converted, profile: "arria10-pb6", precision: "ms-fp9", fpgasPerReplica: 1, target: { rps: 5, p99Ms: 2000 }, queueingModel: { name: "M/G/c" } });
    // The device time is the conversion's own simulation; the host's is measured on the worker.
    expect(body.serviceTime.device).toMatchObject({ source: "simulated" });
    expect(body.serviceTime.device.totalMs).toBeCloseTo(simulatedMs, 9);
    expect(body.serviceTime.host).toMatchObject({ source: "measured", images: expect.any(Number) });
    expect(body.serviceTime.host.samples).toBeGreaterThanOrEqual(30);
    expect(body.serviceTime.host.samples).toBeLessThanOrEqual(100);
    expect(body.serviceTime.host.meanMs).toBeGreaterThan(0);
    expect(body.serviceTime.host.cpuInferenceMs).toBeGreaterThan(0);
    expect(body.serviceTime.meanMs).toBeCloseTo(body.serviceTime.host.meanMs + simulatedMs, 6);
    // Whatever the count, FPGAs, nodes and quota follow from it.
    expect(body.fpgas).toBe(body.replicas);
    expect(body.nodes).toBe(body.fpgas);
    expect(body.vcpus).toBe(body.nodes * 6);
    expect(body.quota).toMatchObject({ family: "Standard PBS Family vCPUs", vcpusNeeded: body.vcpus });
    expect(body.quota.regions.map((r: { region: string }) => r.region)).toEqual(["eastus", "westus2", "westeurope", "southeastasia"]);
    expect(body.predicted.utilization).toBeGreaterThan(0);
    expect(body.predicted.utilization).toBeLessThan(1);
    expect(body.predicted.p99Ms).toBeLessThanOrEqual(2000);
    expect(body.predicted.p99Ms).toBeGreaterThanOrEqual(body.predicted.p50Ms);
  });

  it("asks for more replicas for a load one replica cannot carry, and more FPGAs when each replica spans two", async () => {
    const base = (await planFor({ rps: 1, p99Ms: 60_000 })).body;
    // 1.5 Erlangs: one replica would be busy 150% of the time; two carry it.
    const rps = (1.5 * 1000) / base.serviceTime.meanMs;
    const { status, body } = await planFor({ rps, p99Ms: 60_000, region: "westus2" });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ replicas: 2, fpgas: 2, nodes: 2, vcpus: 12 });
    expect(body.predicted.utilization).toBeCloseTo(0.75, 6);
    expect(body.quota.regions).toEqual([expect.objectContaining({ region: "westus2", fits: expect.any(Boolean) })]);

    const spread = (await planFor({ rps, p99Ms: 60_000, fpgasPerReplica: 2 })).body;
    expect(spread).toMatchObject({ fpgasPerReplica: 2, fpgas: 2 * spread.replicas, nodes: 2 * spread.replicas, vcpus: 12 * spread.replicas });
    expect(spread.serviceTime.device.partitionHandoffMs).toBeGreaterThan(0);
  });

  it("predicts a longer wait for a heavier load on the same replicas", async () => {
    const meanMs = (await planFor({ rps: 1, p99Ms: 60_000 })).body.serviceTime.meanMs;
    const [light, heavy] = await Promise.all([0.2, 0.8].map(async (rho) => (await planFor({ rps: (rho * 1000) / meanMs, p99Ms: 60_000 })).body));
    expect([light.replicas, heavy.replicas]).toEqual([1, 1]);
    expect(heavy.predicted.meanWaitMs).toBeGreaterThan(light.predicted.meanWaitMs);
    expect(heavy.predicted.p99Ms).toBeGreaterThan(light.predicted.p99Ms);
  });

  it("refuses bad input with problem+json", async () => {
    const expectProblem = async (query: Record<string, string | number>, status: number, code: string) => {
      const answer = await plan(query);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(answer.body.code).toBe(code);
      return answer.body;
    };
    const good = { model: converted.name, version: converted.version, rps: 5, p99Ms: 500 };
    const { rps: _rps, ...withoutRps } = good;
    await expectProblem(withoutRps, 400, "validation_failed");
    await expectProblem({ ...good, rps: 0 }, 400, "validation_failed");
    await expectProblem({ ...good, rps: "lots" }, 400, "validation_failed");
    await expectProblem({ ...good, p99Ms: -1 }, 400, "validation_failed");
    await expectProblem({ ...good, profile: "virtex7" }, 400, "validation_failed");
    await expectProblem({ ...good, fpgasPerReplica: 9 }, 400, "validation_failed");
    await expectProblem({ ...good, p99: 500 }, 400, "unknown_field");
    await expectProblem({ ...good, model: "no-such-model" }, 404, "model_not_found");
    await expectProblem({ ...good, model: source.name, version: source.version }, 422, "model_not_converted");
    const tooFast = await expectProblem({ ...good, p99Ms: 0.001 }, 422, "target_unreachable");
    expect(tooFast).toMatchObject({ reason: "latency", maxRps: 0, maxReplicas: 16 });
    const tooMuch = await expectProblem({ ...good, rps: 1_000_000, p99Ms: 600_000 }, 422, "target_unreachable");
    expect(tooMuch).toMatchObject({ reason: "throughput", maxReplicas: 16 });
    expect(tooMuch.maxRps).toBeGreaterThan(0);
    expect((await call(planRoute.POST, { method: "POST", url: "/api/v1/plan" })).status).toBe(405);
  });
});

describe("the queueing model against a real open-loop run (CPU inference standing in for the FPGA)", () => {
  it("runs a Poisson load at a planned utilisation through the real scoring path and keeps up with it", async () => {
    const score = (image: Uint8Array) => scoreModelVersion({ ...converted, image: Buffer.from(image), profiles: ["arria10-pb6"] }).then((r) => r.timings);
    // Here the whole measured request is the service time: the CPU's inference is the device's stand-in.
    const samples = await calibrateServiceTime({ images, score, samples: 20, warmup: 2 });
    const serviceMs = samples.map((s) => s.wallMs);
    // Utilisation 0.4 leaves room for this machine to run 2× slower than it did a moment ago.
    const arrivalRps = (0.4 * 1000) / moments(serviceMs).mean;
    const predicted = predictQueue({ servers: 1, arrivalRps, serviceMs });
    expect(predicted).toMatchObject({ isStable: true, servers: 1 });
    expect(predicted.utilization).toBeCloseTo(0.4, 9);

    const run = await runOpenLoop({ arrivalRps, requests: 60, servers: 1, serve: async (i) => void (await score(images[i % images.length])) });
    expect(run.failures, run.firstError ?? "").toBe(0);
    expect(run.responseMs).toHaveLength(60);
    // Open loop: what arrived is what was served, at the rate it arrived.
    expect(run.throughputRps / run.offeredRps).toBeGreaterThan(0.7);
    expect(run.throughputRps / run.offeredRps).toBeLessThan(1.3);
    expect(run.utilization).toBeGreaterThan(0);
    expect(run.utilization).toBeLessThan(1);
    // One slot: a request never started before the one ahead of it finished, so no response beat its own service.
    run.responseMs.forEach((response, i) => expect(response).toBeGreaterThanOrEqual(run.serviceMs[i]));
  });
});
