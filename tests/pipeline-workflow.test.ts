import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as ociRoute from "@/app/api/v1/images/[name]/versions/[version]/oci/route";
import * as modelVersionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import * as serviceScoreRoute from "@/app/api/v1/services/[name]/score/route";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, listArtifactFiles, MOBILENET, SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";
import { readFileSync } from "node:fs";

// The whole workflow of Azure ML's hardware-accelerated models, on real parts: register →
// convert → build image → provision compute → deploy with keys → score → clean up in order.

let worker: StartedWorker;
const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0.2", FPGA_REFLASH_SECONDS: "0.2" });
  worker = await startWorker({ httpPort: 0, log: () => undefined });
});
afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
});

async function runWorkflow(options: { file: string; precision: "ms-fp9" | "ms-fp8" }) {
  const base = uniqueName("flow");
  const source = await uploadModel({ name: base, path: options.file });
  const filesBefore = (await listArtifactFiles()).length;

  const requested = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), precision: options.precision });
  expect(requested.status, JSON.stringify(requested.body)).toBe(202);
  expect(requested.body.state).toBe("Queued");
  const conversion = (await waitForState(() => api.conversion(requested.body.id), ["Succeeded", "Failed"], 120_000)).body;
  expect(conversion.state, JSON.stringify(conversion.log)).toBe("Succeeded");
  expect(conversion.resultModel).toEqual({ name: `${base}-accel`, version: 1 });
  expect(conversion.log.map((l: { message: string }) => l.message).join("\n")).toMatch(/Quantised .*Split: .*Calibrated on 15 images/s);

  const converted = await call(modelVersionRoute.GET, { params: { name: `${base}-accel`, version: "1" } });
  expect(converted.body).toMatchObject({ framework: "accel-onnx", parent: { name: base, version: 1 } });

  const image = await api.buildImage({ name: `${base}-img`, model: `${base}-accel`, version: 1 });
  expect(image.status, JSON.stringify(image.body)).toBe(202);
  const built = (await waitForState(() => api.image(`${base}-img`, 1), ["Succeeded", "Failed"])).body;
  expect(built.state, JSON.stringify(built.log)).toBe("Succeeded");
  expect(built.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

  const computeName = uniqueName("fpga").slice(0, 16);
  expect((await api.createCompute({ name: computeName, agentCount: 1, region: "westus2" })).status).toBe(202);
  expect((await waitForState(() => api.compute(computeName), ["Succeeded", "Failed"])).body.state).toBe("Succeeded");

  const deployed = await api.deploy({ name: `${base}-svc`, image: { name: `${base}-img`, version: 1 }, compute: computeName, replicas: 1, authEnabled: true });
  expect(deployed.status, JSON.stringify(deployed.body)).toBe(202);
  const { primary, secondary } = deployed.body.keys;
  expect(primary).toMatch(/^[\w-]{43}$/);
  const healthy = (await waitForState(() => api.service(`${base}-svc`), ["Healthy", "Failed"])).body;
  expect(healthy.state, JSON.stringify(healthy.log)).toBe("Healthy");
  expect(healthy.keys).toBeUndefined(); // shown once, never again
  expect(healthy.scoringUri).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/v1/service/${base}-svc/score$`));

  // Through the scoring URI, as a client of Azure's scoring_uri would call it.
  const scored = await fetch(healthy.scoringUri, { method: "POST", body: dog, headers: { authorization: `Bearer ${secondary}`, "content-type": "image/jpeg" } });
  const answer = await scored.json();
  expect(scored.status, JSON.stringify(answer)).toBe(200);
  expect(answer.top[0].label.toLowerCase()).toBe("golden retriever");
  expect(answer.model).toMatchObject({ name: `${base}-accel`, version: 1 });
  expect(answer.simulated).toHaveLength(1);
  expect(answer.simulated[0]).toMatchObject({ profile: "arria10-pb6", precision: options.precision });
  // And through the studio's Test route, which forwards to the node.
  const viaStudio = await call(serviceScoreRoute.POST, { method: "POST", params: { name: `${base}-svc` }, body: dog, headers: { authorization: `Bearer ${primary}` } });
  expect(viaStudio.status).toBe(200);
  expect(viaStudio.body.top[0].label.toLowerCase()).toBe("golden retriever");

  // The OCI archive is one standard tools read.
  const oci = await ociRoute.GET(new Request(`http://localhost${built.links.oci}`), { params: Promise.resolve({ name: `${base}-img`, version: "1" }) });
  expect(oci.status).toBe(200);
  const inspected = await skopeoInspect(Buffer.from(await oci.arrayBuffer()));
  expect(inspected.Digest).toBe(built.digest);
  expect(inspected.Labels).toMatchObject({ "accel.model.name": `${base}-accel`, "accel.model.version": "1" });

  // Clean up in Azure's order: service → compute → image → models.
  expect((await api.deleteService(`${base}-svc`)).status).toBe(202);
  await waitForState(() => api.service(`${base}-svc`), ["gone"]);
  expect((await api.deleteCompute(computeName)).status).toBe(202);
  await waitForState(() => api.compute(computeName), ["gone"]);
  expect((await api.deleteImage(`${base}-img`, 1)).status).toBe(200);
  expect((await call(modelVersionRoute.DELETE, { method: "DELETE", params: { name: `${base}-accel`, version: "1" } })).status).toBe(200);
  expect((await call(modelVersionRoute.DELETE, { method: "DELETE", params: { name: base, version: "1" } })).status).toBe(200);
  return { conversion, filesBefore };
}

describe("the accelerated-model workflow", () => {
  it("runs SqueezeNet 1.1 (fp32) from registration to clean-up, keeping the expected top-1 at ms-fp9", async () => {
    const { conversion } = await runWorkflow({ file: SQUEEZENET, precision: "ms-fp9" });
    const { calibration, weights, split } = conversion.report;
    expect(calibration.expectedTop1.of).toBeGreaterThan(0);
    expect(calibration.expectedTop1.kept).toBe(calibration.expectedTop1.of);
    expect(weights.quantizedTensors).toBeGreaterThan(0);
    expect(split.hostOpTypes).toContain("Softmax");
    await expectNothingLeft();
  }, 180_000);

  it("runs MobileNetV2-int8 with its integer weights kept", async () => {
    const { conversion } = await runWorkflow({ file: MOBILENET, precision: "ms-fp9" });
    expect(conversion.report.weights.integerTensors).toBeGreaterThan(100);
    expect(conversion.report.calibration.top1Agreement).toBeGreaterThan(0.9);
    await expectNothingLeft();
  }, 180_000);
});

async function expectNothingLeft() {
  const counts = await Promise.all([db.model.count(), db.conversion.count(), db.image.count(), db.compute.count(), db.computeNode.count(), db.service.count(), db.serviceReplica.count()]);
  expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0]);
  expect(await db.resourceLog.count({ where: { resourceKind: { in: ["conversion", "image", "compute", "service", "model"] } } })).toBe(0);
  const jobs = await db.$queryRaw<{ task_identifier: string }[]>`SELECT task_identifier FROM graphile_worker.jobs`;
  expect(jobs).toEqual([]);
  expect(await listArtifactFiles()).toEqual([]);
}

async function skopeoInspect(archive: Buffer) {
  const file = path.join(tmpdir(), `${uniqueName("oci")}.tar`);
  await writeFile(file, archive);
  try {
    const { stdout } = await promisify(execFile)("skopeo", ["--insecure-policy", "inspect", `oci-archive:${file}`]);
    return JSON.parse(stdout);
  } finally {
    await rm(file, { force: true });
  }
}
