import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { runAutoscaler } from "@/lib/services/autoscale/run-autoscaler";
import { scoringPath } from "@/lib/services";
import { flushLatencyHistory } from "@/lib/service-history/flush-latency-history";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { IMAGES_DIR, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// The replica autoscaler on real traffic: a service scored at concurrency 3 for a few
// seconds against a very low utilisation target (the window averages 60–120 s) gains replicas, which the deploy job loads while it stays Healthy;
// once the traffic has left the window it returns to its minimum after the cool-down.
// Each decision is in the service's log. A pass is called directly (the heartbeat calls it
// every 15 s), with a later `now` standing in for minutes passing.

let worker: StartedWorker;
const name = uniqueName("auto");

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2", AUTOSCALE_SCALE_UP_DELAY_SECONDS: "0", AUTOSCALE_SCALE_DOWN_DELAY_SECONDS: "120" });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  const source = await uploadModel({ name, path: SQUEEZENET });
  const conversion = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), resultName: `${name}-accel` });
  await waitForState(() => api.conversion(conversion.body.id), ["Succeeded"], 120_000);
  await api.buildImage({ name: `${name}-img`, model: `${name}-accel`, version: 1 });
  await waitForState(() => api.image(`${name}-img`, 1), ["Succeeded"]);
  await api.createCompute({ name: `${name}-c`.slice(0, 16), agentCount: 3, region: "westus2" });
  await waitForState(() => api.compute(`${name}-c`.slice(0, 16)), ["Succeeded"]);
  const deployed = await api.deploy({ name, image: { name: `${name}-img`, version: 1 }, compute: `${name}-c`.slice(0, 16), replicas: 1, authEnabled: false, autoscale: { enabled: true, minReplicas: 1, maxReplicas: 3, targetUtilization: 2 } });
  expect(deployed.status, JSON.stringify(deployed.body)).toBe(202);
  await waitForState(() => api.service(name), ["Healthy"]);
}, 240_000);

afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
});

const autoscaleLog = async () => (await db.resourceLog.findMany({ where: { resourceKind: "service", message: { startsWith: "Autoscale" } }, orderBy: { id: "asc" } })).map((l) => l.message);

describe("the replica autoscaler", () => {
  it("adds replicas under load and loads them while the service stays Healthy, then returns to its minimum after the cool-down", async () => {
    const dog = await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
    const url = `${worker.scoringUrl}${scoringPath(name)}`;
    // Three clients back to back: about three requests in flight on one replica.
    await Promise.all([1, 2, 3].map(async () => {
      for (let i = 0; i < 40; i++) expect((await fetch(url, { method: "POST", body: new Uint8Array(dog) })).status).toBe(200);
    }));
    await flushLatencyHistory();
    const now = Date.now();
    const [up] = (await runAutoscaler({ now }))!;
    expect(up.service).toBe(name);
    // A few seconds of three in flight, averaged over the 60–120 s window: over the 2% target
    // (how far over depends on how fast the machine scored, 0.038–0.08 seen).
    expect(up.decision.utilization).toBeGreaterThan(0.02);
    expect(up.reached).toBe(3);
    const service = (await waitForState(() => api.service(name), ["Healthy"])).body;
    expect(service.desiredReplicas).toBe(3);
    // The new replicas load while it serves: all ready, and still Healthy throughout.
    for (let i = 0; i < 200 && (await api.service(name)).body.replicas.filter((r: { ready: boolean }) => r.ready).length < 3; i++) {
      expect((await api.service(name)).body.state).toBe("Healthy");
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await api.service(name)).body.replicas.map((r: { ready: boolean }) => r.ready)).toEqual([true, true, true]);
    expect(await autoscaleLog()).toEqual([expect.stringMatching(/^Autoscale: 1 → 3 replica\(s\): utilisation \d+\.\d+ per replica against a target of 0\.02 \(\d+\.\d req\/s, mean \d+\.\d ms/)]);

    // Three minutes on: the traffic has left the window, but the cool-down (120 s) has not passed for a minute later.
    const quiet = (await runAutoscaler({ now: now + 60_000 + 60_000 }))!;
    expect(quiet[0].decision.desired).toBe(1);
    expect(quiet[0].reached).toBeNull();
    const [down] = (await runAutoscaler({ now: now + 180_000 }))!;
    expect(down.reached).toBe(1);
    const after = (await api.service(name)).body;
    expect(after.desiredReplicas).toBe(1);
    expect(after.replicas).toHaveLength(1);
    expect(after.state).toBe("Healthy");
    expect((await fetch(url, { method: "POST", body: new Uint8Array(dog) })).status).toBe(200);
    expect((await autoscaleLog()).at(-1)).toMatch(/^Autoscale: 3 → 1 replica\(s\): utilisation 0\.00/);
  }, 180_000);
});
