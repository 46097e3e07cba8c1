import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { accel, startStudio, type Studio } from "./cli-helpers";
import { IMAGES_DIR, MOBILENET, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// Dynamic batching end to end: deployed through the API, scored over the node's scoring
// URI by concurrent clients. MobileNetV2 (int8) declares ["batch_size", 3, 224, 224] and
// its conversion keeps that; SqueezeNet 1.1 declares [1, 3, 224, 224].

let worker: StartedWorker;
let studio: Studio;
const compute = uniqueName("batch").slice(0, 16);
const services = { batched: uniqueName("batched"), plain: uniqueName("plain") };
const keys: Record<string, string> = {};
const uris: Record<string, string> = {};
const images = await Promise.all(["winml_dog.jpg", "winml_cat.jpg", "grace_hopper.jpg", "coral_parrot.jpg", "coral_owl.jpg", "winml_fish.png", "coral_sunflower.png", "winml_kitten.png"].map((n) => readFile(path.join(IMAGES_DIR, n))));

/** Upload, convert (ms-fp9) and build an image of a model file; resolves with the image's name. */
async function imageOf(file: string): Promise<string> {
  const base = uniqueName("bm");
  const source = await uploadModel({ name: base, path: file });
  const requested = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), precision: "ms-fp9" });
  await waitForState(() => api.conversion(requested.body.id), ["Succeeded"], 150_000);
  await api.buildImage({ name: `${base}-img`, model: `${base}-accel`, version: 1 });
  await waitForState(() => api.image(`${base}-img`, 1), ["Succeeded"]);
  return `${base}-img`;
}

let mobilenetImage: string;
let squeezenetImage: string;

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2" });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  [mobilenetImage, squeezenetImage] = await Promise.all([imageOf(MOBILENET), imageOf(SQUEEZENET)]);
  await api.createCompute({ name: compute, agentCount: 3, region: "westus2" });
  await waitForState(() => api.compute(compute), ["Succeeded"]);
  for (const [which, batching] of [["batched", { maxBatchSize: 8, maxQueueDelayMs: 50 }], ["plain", {}]] as const) {
    const deployed = await api.deploy({ name: services[which], image: { name: mobilenetImage, version: 1 }, compute, authEnabled: true, ...batching });
    if (deployed.status !== 202) throw new Error(`deploy: ${JSON.stringify(deployed.body)}`);
    keys[which] = deployed.body.keys.primary;
  }
  for (const which of ["batched", "plain"] as const) uris[which] = (await waitForState(() => api.service(services[which]), ["Healthy"])).body.scoringUri;
  studio = await startStudio();
}, 300_000);
afterAll(async () => {
  await studio?.close();
  await worker?.stop();
  await disconnectDb();
});

type Scored = { status: number; body: { code?: string; top: { index: number; label: string; probability: number }[]; timings: { batchSize: number; queueMs: number; inferenceMs: number } } };
const score = async (which: "batched" | "plain", image: Buffer): Promise<Scored> => {
  const response = await fetch(uris[which], { method: "POST", body: new Uint8Array(image), headers: { "content-type": "application/octet-stream", authorization: `Bearer ${keys[which]}` } });
  return { status: response.status, body: await response.json() };
};

describe("dynamic batching of a service", () => {
  it("is off by default, and a service shows what it was deployed with", async () => {
    expect((await api.service(services.plain)).body).toMatchObject({ maxBatchSize: 1, maxQueueDelayMs: 0 });
    expect((await api.service(services.batched)).body).toMatchObject({ maxBatchSize: 8, maxQueueDelayMs: 50 });
    const alone = await Promise.all(images.slice(0, 4).map((image) => score("plain", image)));
    expect(alone.map((r) => [r.status, r.body.timings.batchSize, r.body.timings.queueMs])).toEqual(Array(4).fill([200, 1, 0]));
  });

  it("batches concurrent requests, each answered as it would be alone", async () => {
    const alone: Scored[] = [];
    for (const image of images) alone.push(await score("plain", image));
    const batched = await Promise.all(images.map((image) => score("batched", image)));
    expect(batched.map((r) => r.status)).toEqual(Array(images.length).fill(200));
    expect(Math.max(...batched.map((r) => r.body.timings.batchSize))).toBeGreaterThan(1);
    batched.forEach((result, i) => {
      expect(result.body.top.map((t) => t.index)).toEqual(alone[i].body.top.map((t) => t.index));
      result.body.top.forEach((t, k) => expect(t.probability).toBeCloseTo(alone[i].body.top[k].probability, 5));
    });
  });

  it("fails only the request whose image is bad", async () => {
    const bad = Buffer.from("this is not an image");
    const outcomes = await Promise.all([images[0], bad, images[1], images[2]].map((image) => score("batched", image)));
    expect(outcomes.map((r) => r.status)).toEqual([200, 422, 200, 200]);
    expect(outcomes[1].body.code).toBe("invalid_image");
    expect(Math.max(...[0, 2, 3].map((i) => outcomes[i].body.timings.batchSize))).toBeGreaterThan(1);
  });

  it("refuses batching for a model whose batch dimension is fixed, writing nothing", async () => {
    const name = uniqueName("fixed");
    const refused = await api.deploy({ name, image: { name: squeezenetImage, version: 1 }, compute, maxBatchSize: 4, maxQueueDelayMs: 2 });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("unsupported_model");
    expect(refused.body.detail).toMatch(/fixed batch of 1 .*\[1, 3, 224, 224\]/);
    expect(await db.service.count({ where: { name } })).toBe(0);
  });

  it("takes the settings from the CLI's flags, and passes on the refusal of a fixed batch", async () => {
    const name = uniqueName("cli");
    const deployed = await accel(studio.url, ["services", "deploy", name, "--image", mobilenetImage, "--image-version", "1", "--compute", compute, "--max-batch-size", "4", "--max-queue-delay-ms", "3", "--json"]);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(JSON.parse(deployed.stdout)).toMatchObject({ name, maxBatchSize: 4, maxQueueDelayMs: 3 });
    const refused = await accel(studio.url, ["services", "deploy", uniqueName("cli"), "--image", squeezenetImage, "--image-version", "1", "--compute", compute, "--max-batch-size", "2"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/422 unsupported_model: .*fixed batch of 1/);
  });

  it("refuses a queue delay without a batch to wait for", async () => {
    const refused = await api.deploy({ name: uniqueName("delay"), image: { name: mobilenetImage, version: 1 }, compute, maxQueueDelayMs: 5 });
    expect([refused.status, refused.body.code]).toEqual([400, "validation_failed"]);
  });
});
