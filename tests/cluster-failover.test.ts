import { readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { scoringPath } from "@/lib/services";
import { startBalancedLoad } from "./cluster/balanced-load";
import { spawnWorker, type WorkerProcess } from "./cluster/worker-process";
import { IMAGES_DIR, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";
import { floatsOf, invoke, tfClients } from "./serving-helpers";

// Three worker processes on one Postgres, as three pods of the worker StatefulSet: any
// node routes a service's requests (forwarding when it holds no replica), a node killed
// with -9 fails over to the others, and one asked to leave with SIGTERM drains without a
// failed request. Load goes through a balancer that follows readiness, as a Kubernetes
// Service does.

// A heartbeat every second (a third of the stale window): on a busy two-core machine a
// shorter window let a live worker look dead for a moment.
const CLUSTER_ENV = { WORKER_STALE_SECONDS: "10", COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "1", WORKER_DRAIN_SECONDS: "2" };
const workers: WorkerProcess[] = [];
const base = uniqueName("clu");
let dog: Buffer;
let source: Awaited<ReturnType<typeof uploadModel>>;

beforeAll(async () => {
  setEnv(CLUSTER_ENV);
  dog = await readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
  for (const n of [0, 1, 2]) workers.push(await spawnWorker({ id: `${base}-w${n}`, env: CLUSTER_ENV }));
  source = await uploadModel({ name: base, path: SQUEEZENET });
  const conversion = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), resultName: `${base}-accel` });
  await waitForState(() => api.conversion(conversion.body.id), ["Succeeded"], 120_000);
  await api.buildImage({ name: `${base}-img`, model: `${base}-accel`, version: 1 });
  await waitForState(() => api.image(`${base}-img`, 1), ["Succeeded"], 60_000);
}, 240_000);

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGKILL");
  await Promise.all(workers.map((w) => w.exited));
  await disconnectDb();
});

async function deploy(name: string, options: { nodes: number; replicas: number; region: string }) {
  const compute = uniqueName("c").slice(0, 16);
  await api.createCompute({ name: compute, agentCount: options.nodes, region: options.region });
  await waitForState(() => api.compute(compute), ["Succeeded"]);
  const deployed = await api.deploy({ name, image: { name: `${base}-img`, version: 1 }, compute, replicas: options.replicas, authEnabled: false });
  expect(deployed.status, JSON.stringify(deployed.body)).toBe(202);
  await waitForState(() => api.service(name), ["Healthy"], 60_000);
  return compute;
}

const post = (url: string, body: Buffer, contentType = "application/octet-stream") => fetch(url, { method: "POST", body: new Uint8Array(body), headers: { "content-type": contentType } });

describe("a cluster of three worker processes", () => {
  it("spreads a compute's nodes over the workers, and any node serves a service with one replica by forwarding", async () => {
    const spread = await deploy(`${base}-wide`, { nodes: 3, replicas: 3, region: "westus2" });
    const nodes = await db.computeNode.findMany({ where: { compute: { name: spread } } });
    expect(new Set(nodes.map((n) => n.workerId))).toEqual(new Set(workers.map((w) => w.id)));

    const single = `${base}-one`;
    const compute = await deploy(single, { nodes: 1, replicas: 1, region: "eastus" });
    const [node] = await db.computeNode.findMany({ where: { compute: { name: compute } } });
    for (const worker of workers) {
      const response = await post(`${worker.scoringUrl}${scoringPath(single)}`, dog);
      const body = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(200);
      expect(body.service.node).toBe(node.name);
      expect(body.top[0].label).toMatch(/retriever|dog|terrier|spaniel/i);
    }
    // A client's tensor and every class's probability cross the hop too (Open Inference Protocol v2 REST).
    const elsewhere = workers.find((w) => w.id !== node.workerId)!;
    const tensor = { inputs: [{ name: source.inputs[0].name, datatype: "FP32", shape: [1, 3, 224, 224], data: Array.from({ length: 3 * 224 * 224 }, (_, i) => (i % 255) / 255) }] };
    const inferred = await post(`${elsewhere.scoringUrl}/v2/models/${single}/infer`, Buffer.from(JSON.stringify(tensor)), "application/json");
    const result = await inferred.json();
    expect(inferred.status, JSON.stringify(result).slice(0, 500)).toBe(200);
    expect(result.outputs[0].data).toHaveLength(1000);
    expect(result.outputs[0].data.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 3);
    // And gRPC: TF Serving's Predict on a node without the replica, routed by the model's name.
    const clients = tfClients(elsewhere.grpcUrl);
    try {
      const { error, response } = await invoke<{ outputs: Record<string, { tensor_content: Buffer; float_val: number[] }> }>(clients.prediction.Predict, clients.prediction, { model_spec: { name: single }, inputs: { images: { dtype: "DT_STRING", tensor_shape: { dim: [{ size: 1 }] }, string_val: [dog] } } });
      expect(error).toBeNull();
      const probabilities = floatsOf(Object.values(response.outputs)[0]);
      expect(probabilities).toHaveLength(1000);
      expect(probabilities.indexOf(Math.max(...probabilities))).toBe(207); // golden retriever
    } finally {
      clients.prediction.close();
      clients.models.close();
    }
    const metrics = await (await fetch(`${elsewhere.scoringUrl}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`accel_service_forwards_total\\{service="${single}",outcome="ok"\\} [1-9]`));
  }, 120_000);

  it("fails over a worker killed with -9: errors only until its node is adopted and reflashed, none after, no job lost or run twice", async () => {
    const name = `${base}-wide`;
    const compute = (await api.service(name)).body.compute as string;
    const live = () => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null).map((w) => w.scoringUrl);
    const load = startBalancedLoad({ targets: live, path: scoringPath(name), body: dog, concurrency: 3 });
    try {
      await load.waitFor(30);
      expect(load.outcomes.filter((o) => !o.ok)).toEqual([]);
      // Jobs in the queue as the worker dies: each must end once.
      const conversions = await Promise.all([1, 2].map(async (i) => (await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), resultName: `${base}-during-${i}` })).body.id as string));
      const victim = workers[0];
      const killedAt = Date.now();
      victim.child.kill("SIGKILL");
      await victim.exited;
      // Recovered: every node of the compute on a live worker, none reflashing. Within 30 s.
      let recoveredAt = 0;
      for (const until = Date.now() + 30_000; Date.now() < until && !recoveredAt; await sleep(100)) {
        const nodes = await db.computeNode.findMany({ where: { compute: { name: compute } } });
        if (nodes.every((n) => n.workerId && n.workerId !== victim.id && (!n.reflashUntil || n.reflashUntil.getTime() < Date.now()))) recoveredAt = Date.now();
      }
      expect(recoveredAt, "the dead worker's node was not adopted and reflashed within 30 s").toBeGreaterThan(0);
      expect((await api.service(name)).body.state).toBe("Healthy");
      await load.waitFor(60);
      const failures = load.outcomes.filter((o) => !o.ok);
      // Inside the window: failed once the worker was killed (a request in flight to it, or
      // sent before the balancer's probe noticed), and sent before the recovery.
      const late = failures.filter((o) => o.end < killedAt || o.at > recoveredAt);
      const context = { killedAt, recoveredAt, workers: workers.map((w) => ({ id: w.id, url: w.scoringUrl, exit: w.child.exitCode ?? w.child.signalCode })), failures: failures.slice(0, 5), output: late.length ? workers.find((w) => w.scoringUrl === late[0].target)?.output().slice(-3000) : "" };
      expect(late, JSON.stringify(context, null, 1)).toEqual([]);
      expect(load.outcomes.filter((o) => o.at > recoveredAt).length).toBeGreaterThan(30);

      for (const id of conversions) expect((await waitForState(() => api.conversion(id), ["Succeeded", "Failed"], 120_000)).body.state).toBe("Succeeded");
      for (const i of [1, 2]) expect(await db.model.count({ where: { name: `${base}-during-${i}` } })).toBe(1);
    } finally {
      await load.stop();
    }
  }, 240_000);

  it("drains a worker sent SIGTERM under load without a failed request, handing its node to a live worker", async () => {
    const name = `${base}-wide`;
    const live = () => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null).map((w) => w.scoringUrl);
    const load = startBalancedLoad({ targets: live, path: scoringPath(name), body: dog, concurrency: 3 });
    try {
      await load.waitFor(30);
      const leaving = workers[1];
      const held = await db.computeNode.findMany({ where: { workerId: leaving.id } });
      expect(held.length).toBeGreaterThan(0);
      leaving.child.kill("SIGTERM");
      expect(await leaving.exited).toBe(0);
      await load.waitFor(60);
      expect(load.outcomes.filter((o) => !o.ok), JSON.stringify(load.outcomes.filter((o) => !o.ok).slice(0, 5))).toEqual([]);
      const moved = await db.computeNode.findMany({ where: { id: { in: held.map((n) => n.id) } } });
      expect(moved.map((n) => n.workerId)).toEqual(held.map(() => workers[2].id));
      const logs = await db.resourceLog.findMany({ where: { resourceKind: "compute", message: { contains: "handed over" } } });
      expect(logs.length).toBeGreaterThanOrEqual(held.length);
    } finally {
      await load.stop();
    }
  }, 120_000);
});
