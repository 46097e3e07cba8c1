// `npm run bench:pipeline`: the accelerated-model workflow against a studio of its own, step
// by step (register → convert → image → compute → deploy → score → clean up) on SqueezeNet
// 1.1, then the conversion of the 102 MB ResNet-50 of ../shared/tools/make-resnet.py to
// ms-fp9 with the worker's peak RSS while it runs. Targets (issue 7): the ResNet-50
// conversion ≤ 10 s, the worker's peak RSS growth ≤ 2× the model's size. The bare
// baseline, measured in the same run: reading, hashing and writing the same file once
// (the floor of any streaming rewrite).
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, openAsBlob, statSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { ensureResnet50 } from "./bench/ensure-resnet50";
import { startBenchStudio } from "./bench/start-bench-studio";
import { postImage } from "./bench/post-image";
import { sampleRss } from "./bench/sample-rss";
import { sweepBlockSizes } from "./bench/sweep-block-sizes";

const SHARED = path.resolve("..", "shared", "data");
const resnet = ensureResnet50();
const dog = await readFile(path.join(SHARED, "images", "winml_dog.jpg"));
console.log(`bench:pipeline — ${availableParallelism()} cores, node ${process.version}`);

const studio = await startBenchStudio({ port: 3213, pgPort: 54353, workerPort: 8653 });
const call = async (method: string, url: string, body?: unknown) => {
  const response = await fetch(`${studio.webUrl}${url}`, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${url} → ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
};
const waitFor = async (url: string, states: string[]) => {
  for (;;) {
    const response = await fetch(`${studio.webUrl}${url}`);
    if (response.status === 404 && states.includes("gone")) return null;
    const body = await response.json();
    if (states.includes(body.state)) return body;
    if (["Failed", "TimedOut", "Cancelled"].includes(body.state)) throw new Error(`${url} ended ${body.state}: ${body.error ?? JSON.stringify(body.errors)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s`);
  return result;
};
const upload = async (name: string, file: string) => {
  const form = new FormData();
  form.append("name", name);
  form.append("file", await openAsBlob(file), path.basename(file));
  const response = await fetch(`${studio.webUrl}/api/v1/models`, { method: "POST", body: form });
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return response.json();
};
type Registered = { name: string; version: number; inputs: { name: string }[]; outputs: { name: string }[] };
const conversionOf = (model: Registered) => ({ model: model.name, version: model.version, inputTensors: model.inputs.map((t) => t.name), outputTensors: model.outputs.map((t) => t.name), precision: "ms-fp9" });
const convert = (model: Registered) => call("POST", "/api/v1/conversions", conversionOf(model));

try {
  console.log("SqueezeNet 1.1 (fp32), through the REST API:");
  const squeezenet = await timed("register (upload 4.9 MB)", () => upload("bench-squeezenet", path.join(SHARED, "models", "squeezenet1.1-caffe2.onnx")));
  const conversion = await timed("convert to ms-fp9 (+ calibration)", async () => waitFor(`/api/v1/conversions/${(await convert(squeezenet)).id}`, ["Succeeded"]));
  await timed("build the OCI image", async () => (await call("POST", "/api/v1/images", { name: "bench-img", model: conversion.resultModel.name, version: conversion.resultModel.version }), waitFor("/api/v1/images/bench-img/versions/1", ["Succeeded"])));
  await timed("provision a compute (1 × PB6)", async () => (await call("POST", "/api/v1/computes", { name: "bench-fpga", agentCount: 1, region: "eastus" }), waitFor("/api/v1/computes/bench-fpga", ["Succeeded"])));
  const deployed = await timed("deploy with keys", async () => {
    const created = await call("POST", "/api/v1/services", { name: "bench-svc", image: { name: "bench-img", version: 1 }, compute: "bench-fpga", authEnabled: true });
    return { ...(await waitFor("/api/v1/services/bench-svc", ["Healthy"])), keys: created.keys };
  });
  const score = async () => {
    const response = await fetch(deployed.scoringUri, { method: "POST", body: dog, headers: { authorization: `Bearer ${deployed.keys.primary}` } });
    return response.json();
  };
  const first = await timed("score winml_dog.jpg (first)", score);
  // The same converted model scored on the same worker without the service (no key, no
  // service row): the bare path, interleaved with the service's so drift hits both.
  const bareUrl = `${studio.workerUrl}/v1/models/${conversion.resultModel.name}/versions/${conversion.resultModel.version}/score?profiles=arria10-pb6`;
  const auth = { authorization: `Bearer ${deployed.keys.primary}` };
  const viaService: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < 60; i++) {
    for (const [url, headers, into] of [[deployed.scoringUri, auth, viaService], [bareUrl, {}, direct]] as const) {
      const started = performance.now();
      await postImage(url, dog, headers);
      if (i >= 10) into.push(performance.now() - started);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`  scoring URI: median ${median(viaService).toFixed(2)} ms vs the bare model route ${median(direct).toFixed(2)} ms (×${(median(viaService) / median(direct)).toFixed(2)}), 50 each, c=1 → ${first.top[0].label}; simulated ${first.simulated[0].totalMs.toFixed(3)} ms on ${first.simulated[0].profile}`);
  await timed("clean up (service → compute → image → models)", async () => {
    await call("DELETE", "/api/v1/services/bench-svc");
    await waitFor("/api/v1/services/bench-svc", ["gone"]);
    await call("DELETE", "/api/v1/computes/bench-fpga");
    await waitFor("/api/v1/computes/bench-fpga", ["gone"]);
    await call("DELETE", "/api/v1/images/bench-img/versions/1");
    await call("DELETE", `/api/v1/models/${conversion.resultModel.name}/versions/${conversion.resultModel.version}`);
    await call("DELETE", "/api/v1/models/bench-squeezenet/versions/1");
  });

  const sweepSource = await upload("bench-sweep", path.join(SHARED, "models", "squeezenet1.1-caffe2.onnx"));
  await sweepBlockSizes(async (options) => {
    const requested = await call("POST", "/api/v1/conversions", { ...conversionOf(sweepSource), ...options, resultName: "bench-sweep-accel" });
    return waitFor(`/api/v1/conversions/${requested.id}`, ["Succeeded"]);
  });

  const size = statSync(resnet).size;
  console.log(`ResNet-50 (${(size / 1e6).toFixed(1)} MB, seeded random weights) to ms-fp9:`);
  const bare = await timed("bare: read + sha256 + write once", () => copyAndHash(resnet));
  const model = await upload("bench-resnet50", resnet);
  const workerPid = await findWorkerPid(studio.databaseUrl);
  const sampler = sampleRss(workerPid);
  const started = performance.now();
  const done = await waitFor(`/api/v1/conversions/${(await convert(model)).id}`, ["Succeeded"]);
  const wallMs = performance.now() - started;
  const rss = sampler.stop();
  const rewriteMs = done.report.durationMs;
  console.log(`  conversion, request to Succeeded       ${(wallMs / 1000).toFixed(2).padStart(7)} s (target ≤ 10 s; ×${(wallMs / bare).toFixed(1)} the bare copy)`);
  console.log(`  of which the job's own work            ${(rewriteMs / 1000).toFixed(2).padStart(7)} s (rewrite, calibration on ${done.report.calibration.images.length} images, simulation)`);
  console.log(`  worker RSS: ${(rss.before / 1e6).toFixed(0)} MB before, peak ${(rss.peak / 1e6).toFixed(0)} MB → growth ${((rss.peak - rss.before) / 1e6).toFixed(0)} MB = ${((rss.peak - rss.before) / size).toFixed(2)}× the model (target ≤ 2×)`);
  console.log(`  weights: ${done.report.weights.quantizedParameters.toLocaleString("en")} quantised, rms ${done.report.weights.rmsError.toExponential(2)}; simulated ${done.report.latency.converted.totalMs.toFixed(3)} ms/image on arria10-pb6 (${done.report.latency.converted.weightPlacement}, ${(done.report.latency.converted.streamedWeightBytes / 1e6).toFixed(1)} MB from DDR)`);
} finally {
  await studio.stop();
}

async function copyAndHash(file: string): Promise<number> {
  const out = path.join(tmpdir(), `accel-bench-copy-${process.pid}`);
  const hash = createHash("sha256");
  const started = performance.now();
  await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), new Transform({ transform: (chunk, _e, done) => (hash.update(chunk), done(null, chunk)) }), createWriteStream(out));
  hash.digest("hex");
  const ms = performance.now() - started;
  await rm(out, { force: true });
  return ms;
}

async function findWorkerPid(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pid FROM workers ORDER BY heartbeat_at DESC LIMIT 1");
    return rows[0].pid;
  } finally {
    await client.end();
  }
}
