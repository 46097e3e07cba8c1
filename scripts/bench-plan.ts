// `npm run bench:plan`: the capacity planner's queueing model (lib/capacity, M/G/c with
// Allen–Cunneen waits) against open-loop Poisson runs on this machine, with the CPU's
// inference standing in for the FPGA's time (so the source model serves: no conversion is
// needed for its CPU path). At each level one replica's service time is measured first
// (the calibration: 60 requests over the development images, one at a time through
// scoreModelVersion in-process, right before the run, as a shared machine drifts); then
// the model's prediction is printed beside the measured run:
//   predicted  — from the calibration, as the planner predicts before any load;
//   re-fit     — the same model fed the service times measured during the run itself, so
//                the queueing arithmetic is judged apart from the machine drifting;
//   measured   — the run: utilisation, p50/p99 response and mean wait, in ms.
// Options: --requests=N per level (default 600), --model=<onnx file> (SqueezeNet 1.1).
import { createReadStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { writeHashedFile } from "@/lib/artifacts";
import { calibrateServiceTime, moments, predictQueue, runOpenLoop, type QueuePrediction } from "@/lib/capacity";
import { registerModel } from "@/lib/models";
import { scoreModelVersion } from "@/lib/scoring";
import { closeInferencePool } from "@/lib/threads/run-in-inference-thread";
import { startScratchDatabase } from "./bench/scratch-database";
import { summarize } from "./bench/stats";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const REQUESTS = Number(arg("requests") ?? 600);
const MODEL_FILE = path.resolve(arg("model") ?? path.join("..", "shared", "data", "models", "squeezenet1.1-caffe2.onnx"));
const IMAGES_DIR = path.resolve("..", "shared", "data", "images");
// One slot (one replica) across the load range. Several slots on this one machine would
// share its cores, which replicas on their own PB6 nodes do not: no test of M/G/c's c > 1.
const LEVELS = [
  { servers: 1, utilization: 0.3 },
  { servers: 1, utilization: 0.6 },
  { servers: 1, utilization: 0.85 },
];

const database = await startScratchDatabase();
try {
  const staged = await writeHashedFile({ source: createReadStream(MODEL_FILE) });
  const model = await registerModel({ staged, name: "bench-plan" });
  const names = (await readdir(IMAGES_DIR)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort();
  const images = await Promise.all(names.map((n) => readFile(path.join(IMAGES_DIR, n))));
  const score = (image: Uint8Array) => scoreModelVersion({ name: model.name, version: model.version, image: Buffer.from(image), profiles: ["arria10-pb6"] }).then((r) => r.timings);
  console.log(`bench:plan — ${path.basename(MODEL_FILE)}, ${images.length} images, ${REQUESTS} requests per level, ${availableParallelism()} cores`);

  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} (other work on this machine shares its cores)\n`);
  console.log(`${"level".padEnd(12)} ${"λ req/s".padStart(8)}  ${"".padEnd(10)} ${"util".padStart(6)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"wait".padStart(8)}  ${"S mean".padStart(7)} ${"Cs²".padStart(6)}`);

  for (const [index, level] of LEVELS.entries()) {
    const calibration = (await calibrateServiceTime({ images, score, samples: 60, warmup: 3 })).map((s) => s.wallMs);
    const service = moments(calibration);
    const arrivalRps = (level.utilization * level.servers * 1000) / service.mean;
    const run = await runOpenLoop({ arrivalRps, requests: REQUESTS, servers: level.servers, seed: index + 1, serve: async (i) => void (await score(images[i % images.length])) });
    if (run.failures) throw new Error(`${run.failures} requests failed: ${run.firstError}`);
    const measured = summarize("measured", level.servers, run.responseMs, 1);
    const label = `c=${level.servers} ρ=${level.utilization}`;
    const row = (name: string, p: Pick<QueuePrediction, "utilization" | "p50Ms" | "p99Ms" | "meanWaitMs">, serviceMs: number[]) =>
      console.log(`${(name === "predicted" ? label : "").padEnd(12)} ${(name === "predicted" ? run.offeredRps.toFixed(1) : "").padStart(8)}  ${name.padEnd(10)} ${p.utilization.toFixed(3).padStart(6)} ${fmt(p.p50Ms)} ${fmt(p.p99Ms)} ${fmt(p.meanWaitMs)}  ${moments(serviceMs).mean.toFixed(2).padStart(7)} ${moments(serviceMs).scv.toFixed(2).padStart(6)}`);
    // Predictions at the rate the run actually offered, so only the model differs from the run.
    const predicted = predictQueue({ servers: level.servers, arrivalRps: run.offeredRps, serviceMs: calibration });
    row("predicted", predicted, calibration);
    row("re-fit", predictQueue({ servers: level.servers, arrivalRps: run.offeredRps, serviceMs: run.serviceMs }), run.serviceMs);
    row("measured", { utilization: run.utilization, p50Ms: measured.p50, p99Ms: measured.p99, meanWaitMs: moments(run.waitMs).mean }, run.serviceMs);
    console.log(`${"".padEnd(12)} ${"".padStart(8)}  ${"pred/meas".padEnd(10)} ${ratio(predicted.utilization, run.utilization).padStart(6)} ${ratio(predicted.p50Ms, measured.p50)} ${ratio(predicted.p99Ms, measured.p99)}           throughput ${run.throughputRps.toFixed(1)} req/s`);
  }
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
} finally {
  await closeInferencePool();
  await database.stop();
}

function fmt(ms: number | null): string {
  return (ms === null ? "∞" : ms.toFixed(2)).padStart(8);
}

function ratio(predicted: number | null, measured: number): string {
  return (predicted === null ? "∞" : `×${(predicted / measured).toFixed(2)}`).padStart(8);
}
