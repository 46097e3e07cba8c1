// `npm run bench:soak -- --minutes 10`: a started studio under mixed load for N minutes
// (issue 11, item 7). Scoring of one stable service at concurrency 4, spread evenly over
// every protocol (TF Serving gRPC and REST, v2 REST and gRPC, the scoring URI, the
// studio's route); a registration every few seconds (SqueezeNet fp16 under a new name,
// then deleted); a conversion every 2 minutes (its result deleted); and, half-way, a
// redeploy of a second service (soak-redeploy.ts says what that means here). One warm-up
// minute of the same load comes first and is not counted. Goals: no errors; every role's
// memory grows < 10% from the end of the warm-up to the end; p99 flat — the last
// minute's p99 at most 1.25× the median of the minutes' p99s. Prints PASS or MISS for
// each and exits 0 either way; last, the counters of web's and the worker's /metrics.
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { convertAndDelete } from "./bench/soak-conversion";
import { deployBenchService } from "./bench/deploy-bench-service";
import { printFinalMetrics } from "./bench/print-final-metrics";
import { protocolClients } from "./bench/protocol-clients";
import { startScoreLoad } from "./bench/score-load";
import { deployService, redeployService } from "./bench/soak-redeploy";
import { startRegistrationLoop } from "./bench/soak-registrations";
import { startBenchStudio } from "./bench/start-bench-studio";
import { formatRow, summarize } from "./bench/stats";
import { studioApi } from "./bench/studio-api";
import { medianMemory, printMemoryGrowth, studioMemory, type RoleMemory } from "./bench/studio-memory";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const parsed = value === undefined ? fallback : Number(value);
  if (!(parsed >= 0)) throw new Error(`--${name} takes a number, not ${value}`);
  return parsed;
};
const MINUTES = Math.max(1, Math.round(option("minutes", 10)));
const WARMUP_MINUTES = option("warmup-minutes", 1);
const REGISTER_EVERY_S = option("register-every", 5);
const CONCURRENCY = 4;
const CONVERT_EVERY_S = 120;
const CONVERT_FIRST_S = 20;
const FLAT_FACTOR = 1.25;
const RSS_GROWTH_LIMIT = 0.1;
// Memory is sampled every 5 s; the start and end figures are each role's median over the 30 s before.
const MEMORY_EVERY_MS = 5_000;
const MEMORY_WINDOW_MS = 30_000;

const data = path.resolve("..", "shared", "data");
const imageDir = path.join(data, "images");
const images = await Promise.all((await readdir(imageDir)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort().map((n) => readFile(path.join(imageDir, n))));
const MB = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
console.log(`bench:soak — ${MINUTES} min after ${WARMUP_MINUTES} min of warm-up, scoring at c=${CONCURRENCY}, a registration every ${REGISTER_EVERY_S} s, a conversion every ${CONVERT_EVERY_S / 60} min, ${images.length} images, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);

// Ports of its own: bench:score 3211, bench:register 3212, bench:pipeline 3213, bench:protocols 3214, profile:protocol 3216.
const studio = await startBenchStudio({ port: 3217, pgPort: 54357, workerPort: 8657 });
try {
  const api = studioApi(studio.webUrl);
  const setupStarted = performance.now();
  const service = await deployBenchService(studio.webUrl);
  const source = await api.call("GET", "/api/v1/models/bench-proto/versions/1");
  const sourceModel = { name: source.name, version: source.version, inputs: source.inputs.map((t: { name: string }) => t.name), outputs: source.outputs.map((t: { name: string }) => t.name) };
  await api.call("POST", "/api/v1/computes", { name: "soak-redeploy", agentCount: 1, region: "eastus" });
  await api.waitFor("/api/v1/computes/soak-redeploy", "Succeeded");
  const second = { api, deployment: { name: "soak-redeploy-svc", image: { name: "bench-proto-img", version: 1 }, compute: "soak-redeploy" }, probe: images[0] };
  await deployService(second);
  console.log(`setup: ${service.name} (scored) and ${second.deployment.name} (redeployed half-way) Healthy in ${seconds(performance.now() - setupStarted)}`);

  let start: number | undefined = undefined; // the end of the warm-up, when it comes
  const stamp = () => {
    if (start === undefined) return "warm-up";
    const s = Math.round((performance.now() - start) / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  };
  const errors = new Map<string, { count: number; first: string }>();
  const onError = (kind: string, error: unknown) => {
    const entry = errors.get(kind) ?? { count: 0, first: `${error instanceof Error ? error.message : String(error)}`.slice(0, 240) };
    entry.count++;
    if (entry.count === 1) console.log(`  error (${kind}) at ${stamp()}, the first of its kind: ${entry.first}`);
    errors.set(kind, entry);
  };
  const errorCount = () => [...errors.values()].reduce((sum, e) => sum + e.count, 0);
  // Background work (conversions, the redeploy) runs beside the load; each one's failure is an error of its kind.
  const inFlight = new Set<Promise<void>>();
  const runInBackground = <T,>(kind: string, task: () => Promise<T>, done: (result: T) => string) => {
    const started = performance.now();
    const at = stamp();
    const running = task().then(
      (result) => console.log(`  ${kind} started at ${at}, done in ${seconds(performance.now() - started)}: ${done(result)}`),
      (error) => onError(kind, error),
    );
    const tracked = running.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const convert = () => runInBackground("conversion", () => convertAndDelete({ api, model: sourceModel }), (r) => `converted in ${seconds(r.convertMs)}, result deleted`);

  const { close, ...clients } = protocolClients({ grpcAddress: studio.workerGrpcAddress, workerUrl: studio.workerUrl, webUrl: studio.webUrl, service: service.name, key: service.key });
  let bucket = "warm-up";
  const load = startScoreLoad({ clients, images, concurrency: CONCURRENCY, bucketOf: () => bucket, onError });
  const registrations = startRegistrationLoop({ webUrl: studio.webUrl, file: path.join(data, "models", "squeezenet1.1-caffe2-fp16.onnx"), everyMs: REGISTER_EVERY_S * 1000, onError });
  const memoryBefore = studioMemory(studio.pid);
  const memorySamples: { at: number; memory: RoleMemory[] }[] = [];
  const sampleMemory = () => memorySamples.push({ at: performance.now(), memory: studioMemory(studio.pid) });
  const sampler = setInterval(sampleMemory, MEMORY_EVERY_MS);
  const memoryOver = (from: number) => medianMemory(memorySamples.filter((s) => s.at >= from).map((s) => s.memory));

  // Warm-up: the same load, and one conversion, so that the start figures follow a first round of everything.
  console.log(`warm-up: ${WARMUP_MINUTES} min of the same load, with one conversion`);
  convert();
  await sleep(WARMUP_MINUTES * 60_000);
  if (inFlight.size) console.log("  waiting for the warm-up's conversion before the start");
  await Promise.all(inFlight);
  const errorsInWarmUp = errorCount();
  errors.clear();

  sampleMemory();
  const measuredStart = performance.now();
  const memoryStart = memoryOver(measuredStart - MEMORY_WINDOW_MS);
  start = measuredStart;
  bucket = "1";
  const timers = [
    ...Array.from({ length: Math.ceil((MINUTES * 60 - CONVERT_FIRST_S) / CONVERT_EVERY_S) }, (_, k) => setTimeout(convert, (CONVERT_FIRST_S + k * CONVERT_EVERY_S) * 1000)),
    setTimeout(() => runInBackground("redeploy", () => redeployService(second), (r) => `deleted in ${seconds(r.deleteMs)}, deployed Healthy and scored in ${seconds(r.deployMs)}`), MINUTES * 30_000),
  ];
  for (let minute = 1; minute <= MINUTES; minute++) {
    await sleep(measuredStart + minute * 60_000 - performance.now());
    bucket = minute < MINUTES ? String(minute + 1) : "tail";
    const all = [...(load.latencies.get(String(minute))?.values() ?? [])].flat();
    const stats = all.length ? summarize("all", CONCURRENCY, all, 60_000) : undefined;
    sampleMemory();
    const memory = Object.fromEntries(memorySamples.at(-1)!.memory.map((m) => [m.role, MB(m.bytes)]));
    console.log(
      `minute ${String(minute).padStart(2)}/${MINUTES}  n ${String(all.length).padStart(5)} (${((all.length / 60) | 0).toString().padStart(3)}/s)  p50 ${stats?.p50.toFixed(1) ?? "-"}  p99 ${stats?.p99.toFixed(1) ?? "-"} ms  errors ${errorCount()}  registrations ${registrations.count()}  MB web ${memory.web} worker ${memory.worker} pg ${memory.postgres}  load ${loadavg()[0].toFixed(1)}`,
    );
  }
  // The end: timers not yet due are dropped; work in flight finishes under the scoring load before the end figures.
  timers.forEach(clearTimeout);
  const tailStarted = performance.now();
  const stopped = await registrations.stop();
  await Promise.all(inFlight);
  sampleMemory();
  clearInterval(sampler);
  const memoryEnd = memoryOver(measuredStart + MINUTES * 60_000 - MEMORY_WINDOW_MS);
  await load.stop();
  close();
  const tailMs = performance.now() - tailStarted;

  console.log(`\nscoring latency by minute (ms; completed requests, by when they completed; p99 per protocol after the overall figures)`);
  const labels = Object.keys(clients);
  const short: Record<string, string> = { "TF Serving gRPC": "tf-grpc", "v2 gRPC": "v2-grpc", "TF Serving REST": "tf-rest", "v2 REST": "v2-rest", "scoring URI": "uri", "studio route": "studio" };
  const cell = (value: string | number, width = 8) => String(value).padStart(width);
  console.log(`${"minute".padEnd(7)}${cell("n", 7)}${cell("p50")}${cell("p99")}${labels.map((l) => cell(short[l] ?? l)).join("")}`);
  const p99s: number[] = [];
  for (let minute = 1; minute <= MINUTES; minute++) {
    const byLabel = load.latencies.get(String(minute)) ?? new Map<string, number[]>();
    const all = [...byLabel.values()].flat();
    if (!all.length) {
      console.log(`${String(minute).padEnd(7)}${cell(0, 7)}`);
      continue;
    }
    const stats = summarize("all", CONCURRENCY, all, 60_000);
    p99s.push(stats.p99);
    const perLabel = labels.map((l) => (byLabel.get(l)?.length ? cell(summarize(l, CONCURRENCY, byLabel.get(l)!, 60_000).p99.toFixed(1)) : cell("-")));
    console.log(`${String(minute).padEnd(7)}${cell(all.length, 7)}${cell(stats.p50.toFixed(1))}${cell(stats.p99.toFixed(1))}${perLabel.join("")}`);
  }
  console.log(`\nscoring by protocol over the ${MINUTES} measured min (throughput per protocol; together ${CONCURRENCY} in flight)`);
  for (const label of labels) {
    const all = [...load.latencies.entries()].filter(([b]) => /^\d+$/.test(b)).flatMap(([, byLabel]) => byLabel.get(label) ?? []);
    if (all.length) console.log(formatRow(summarize(label, CONCURRENCY, all, MINUTES * 60_000)));
  }
  console.log(`\nregistrations: ${stopped.registered} (warm-up included), mean ${stopped.meanRegisterMs.toFixed(0)} ms to register, ${stopped.meanDeleteMs.toFixed(0)} ms to delete`);

  console.log(`\nerrors after the warm-up, by kind (the warm-up had ${errorsInWarmUp}):`);
  if (!errors.size) console.log("  none");
  for (const [kind, { count, first }] of errors) console.log(`  ${kind.padEnd(26)} ${String(count).padStart(5)}  first: ${first}`);

  console.log(`\nmemory (MB; RSS, Postgres as the PSS sum of its processes): before the warm-up (one sample); start, after ${WARMUP_MINUTES} min of warm-up, and end, after the last minute and ${seconds(tailMs)} for the work in flight: medians of the samples every ${MEMORY_EVERY_MS / 1000} s over the ${MEMORY_WINDOW_MS / 1000} s before`);
  const growth = printMemoryGrowth(memoryBefore, memoryStart, memoryEnd);

  console.log("\ngoals");
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  console.log(`  ${verdict(errorCount() === 0)}  errors = 0: ${errorCount()}`);
  const worst = growth.reduce((a, b) => (b.growth > a.growth ? b : a), { role: "-", growth: -Infinity });
  console.log(`  ${verdict(growth.every((g) => g.growth < RSS_GROWTH_LIMIT))}  memory growth < ${RSS_GROWTH_LIMIT * 100}% for every role after the warm-up: largest ${worst.role} ${(worst.growth * 100).toFixed(1)}%`);
  const median = [...p99s].sort((a, b) => a - b)[Math.floor((p99s.length - 1) / 2)];
  const last = p99s.at(-1);
  const ratio = last !== undefined && median ? last / median : NaN;
  console.log(`  ${verdict(ratio <= FLAT_FACTOR)}  p99 flat (last minute's p99 ≤ ${FLAT_FACTOR}× the median minute's): ${last?.toFixed(1)} ms / ${median?.toFixed(1)} ms = ${ratio.toFixed(2)}×${p99s.length > 1 ? `; highest minute ${Math.max(...p99s).toFixed(1)} ms` : " (one minute: trivially)"}`);

  await printFinalMetrics({ web: studio.webUrl, worker: studio.workerUrl, memory: memorySamples.at(-1)!.memory });
} finally {
  await studio.stop();
}
