// `npm run bench:scale` (issue 12, item 10): what more worker processes buy. One bench
// studio (its launcher runs one worker); extra workers on the same database and data dir
// make 2 and 3 (README, "Several workers"). For N = 1, 2, 3: a compute of N nodes (one per
// live worker), a service of SqueezeNet 1.1 (ms-fp9) with N replicas, and load at c=8 on
// the service's scoring URI path spread round-robin over the N workers, as a Kubernetes
// Service in front of the worker pods would. Per N: throughput, p50/p95/p99, and per-node
// efficiency = throughput(N) / (N × throughput(1)). The bare baseline (the scoring service
// in this process, no HTTP) runs in the same run, before and after, so ratios compare.
// Then the forwarding hop: a service of ONE replica scored at c=1 through the worker that
// holds it and through one that does not (which forwards: lib/services/forward-to-replica.ts),
// interleaved; the difference is the hop.
// Caveat printed with the figures: every worker shares this machine's cores, so N workers
// on 2 cores can at best use 2 cores, and the load generator takes its share too.
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { scoreModelVersion } from "@/lib/scoring";
import { scoringPath } from "@/lib/services";
import { deploySpreadService } from "./bench/deploy-spread-service";
import { postServiceScore } from "./bench/post-service-score";
import { spawnBenchWorker, type BenchWorker } from "./bench/spawn-bench-worker";
import { startBenchStudio } from "./bench/start-bench-studio";
import { formatRow, runPool, summarize, type RunStats } from "./bench/stats";
import { studioApi } from "./bench/studio-api";

const option = (name: string, fallback: number) => {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const parsed = value === undefined ? fallback : Number(value);
  if (!(parsed > 0)) throw new Error(`--${name}= takes a positive number, not ${value}`);
  return Math.round(parsed);
};
const REQUESTS = option("requests", 600);
const HOP_REQUESTS = option("hop-requests", 300);
const MAX_WORKERS = 3;
const CONCURRENCY = 8;
const HOP_WARMUP = 30;
const CATALOG_MODEL = "squeezenet1.1-caffe2";
// Provisioning and reflashing are simulated waits; the bench measures scoring, not them.
process.env.COMPUTE_PROVISION_SECONDS ??= "0";
process.env.FPGA_REFLASH_SECONDS ??= "0.2";

const imageDir = path.resolve("..", "shared", "data", "images");
const images = await Promise.all((await readdir(imageDir)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort().map((n) => readFile(path.join(imageDir, n))));
const load = () => loadavg().map((l) => l.toFixed(2)).join(" / ");
console.log(`bench:scale — ${new Date().toISOString()}, ${availableParallelism()} cores, load average ${load()} (1/5/15 min)`);
console.log(`${images.length} images, ${REQUESTS} requests per step at c=${CONCURRENCY}, hop ${HOP_REQUESTS} each way at c=1`);
console.log(`every worker runs on these ${availableParallelism()} cores: with 2 or 3 workers they compete for the same CPUs (and with this load generator);`);
// lib/scoring/session-cache.ts gives every onnxruntime session one intra-op thread per core,
// so a single worker can already keep every core busy: say so beside the figures.
console.log(`each worker's onnxruntime session runs ${availableParallelism()} intra-op threads (one per core), so one worker alone can fill the machine\n`);

// Ports of its own: bench:score 3211 … bench:soak 3217.
const studio = await startBenchStudio({ port: 3219, pgPort: 54359, workerPort: 8659 });
const extras: BenchWorker[] = [];
try {
  setEnv({ DATABASE_URL: studio.databaseUrl, DATA_DIR: studio.dataDir });
  const api = studioApi(studio.webUrl);
  const workers: { id: string; scoringUrl: string }[] = [await launcherWorker(new URL(studio.workerUrl).port)];

  const source = await waitForCatalogModel(studio.webUrl, CATALOG_MODEL);
  const conversion = await api.call("POST", "/api/v1/conversions", { model: source.name, version: source.version, inputTensors: source.inputs.map((t: { name: string }) => t.name), outputTensors: source.outputs.map((t: { name: string }) => t.name), precision: "ms-fp9" });
  const converted = (await api.waitFor(`/api/v1/conversions/${conversion.id}`, "Succeeded", 600_000)).resultModel as { name: string; version: number };
  await api.call("POST", "/api/v1/images", { name: "scale-img", model: converted.name, version: converted.version });
  await api.waitFor("/api/v1/images/scale-img/versions/1", "Succeeded");
  const image = { name: "scale-img", version: 1 };
  console.log(`model ${CATALOG_MODEL} → ${converted.name}:${converted.version} (ms-fp9), image scale-img:1; load average ${load()}\n`);

  // Bare: the service's converted model scored by the scoring service in this process.
  const bareTask = (i: number) => scoreModelVersion({ name: converted.name, version: converted.version, image: images[i % images.length], profiles: ["arria10-pb6"] }).then(() => {});
  const measureBare = async (label: string) => {
    await runPool(40, CONCURRENCY, bareTask);
    const { latencies, wallMs } = await runPool(REQUESTS, CONCURRENCY, bareTask);
    return summarize(label, CONCURRENCY, latencies, wallMs);
  };
  const bare = await measureBare("bare (before)");
  console.log(formatRow(bare));

  const steps: { n: number; stats: RunStats; errors: number; forwarded: number }[] = [];
  for (let n = 1; n <= MAX_WORKERS; n++) {
    while (workers.length < n) {
      const worker = await spawnBenchWorker({ studio, id: `scale-w${workers.length + 1}` });
      extras.push(worker);
      workers.push({ id: worker.id, scoringUrl: worker.scoringUrl });
    }
    const step = await deploySpreadService({ api, name: `scale-n${n}`, image, nodes: n, region: "eastus" });
    const nodeWorker = new Map(step.placements.map((p) => [p.node, p.workerId]));
    console.log(`\nN=${n}: ${workers.length} live worker(s); load average ${load()}`);
    for (const p of step.placements) console.log(`  replica on ${p.node} → worker ${p.workerId ?? "(none)"} (${workers.find((w) => w.id === p.workerId)?.scoringUrl ?? "?"})${p.ready ? "" : " NOT READY"}`);
    const holders = new Set(step.placements.map((p) => p.workerId));
    if (holders.size !== n) console.log(`  NOTE: the ${n} replica(s) sit on ${holders.size} worker(s), not one per worker; some requests will be forwarded`);

    const targets = workers.slice(0, n);
    const served = targets.map(() => new Map<string, number>());
    let errors = 0;
    let forwarded = 0;
    let firstError = "";
    // Round-robin over the workers by request number; each worker walks through every image
    // (i / n), so no worker gets a fixed subset of the photos.
    const task = (record: boolean) => async (i: number) => {
      const at = i % n;
      try {
        const node = await postServiceScore(`${targets[at].scoringUrl}${scoringPath(step.name)}`, images[Math.floor(i / n) % images.length]);
        if (!record) return;
        served[at].set(node, (served[at].get(node) ?? 0) + 1);
        if (nodeWorker.get(node) !== targets[at].id) forwarded++;
      } catch (error) {
        errors++;
        firstError ||= error instanceof Error ? error.message : String(error);
      }
    };
    // Warm-up: each worker loads the model into its inference thread on its first request.
    await runPool(Math.max(48, 16 * n), CONCURRENCY, task(false));
    errors = 0;
    firstError = "";
    const { latencies, wallMs } = await runPool(REQUESTS, CONCURRENCY, task(true));
    const stats = summarize(`N=${n} scoring URI`, CONCURRENCY, latencies, wallMs);
    steps.push({ n, stats, errors, forwarded });
    const one = steps[0].stats.throughput;
    console.log(`${formatRow(stats, bare)}  efficiency ${(stats.throughput / (n * one)).toFixed(2)}`);
    targets.forEach((t, k) => console.log(`  via ${t.id}: ${[...served[k]].map(([node, count]) => `${count} served by ${node}`).join(", ")}`));
    console.log(`  forwarded ${forwarded} of ${REQUESTS}; errors ${errors}${firstError ? ` (first: ${firstError})` : ""}`);
    await step.teardown();
  }

  // The hop: one replica, so one worker holds it and the others forward to it.
  const hop = await deploySpreadService({ api, name: "scale-hop", image, nodes: 1, region: "eastus" });
  const [{ node: hopNode, workerId: holderId }] = hop.placements;
  const holder = workers.find((w) => w.id === holderId)!;
  const relay = workers.find((w) => w.id !== holderId)!;
  console.log(`\nhop: replica on ${hopNode} → worker ${holder.id}; forwarding through ${relay.id}; load average ${load()}`);
  const times = { direct: [] as number[], forwarded: [] as number[] };
  let wrongNode = 0;
  const timed = async (into: number[] | null, url: string, body: Buffer) => {
    const t0 = performance.now();
    const node = await postServiceScore(`${url}${scoringPath(hop.name)}`, body);
    if (into) into.push(performance.now() - t0);
    if (node !== hopNode) wrongNode++;
  };
  // Interleaved pairs with the same photo, alternating which goes first, so machine drift
  // and the order inside a pair land on both alike.
  for (let i = 0; i < HOP_WARMUP + HOP_REQUESTS; i++) {
    const body = images[i % images.length];
    const keep = i >= HOP_WARMUP;
    const direct = () => timed(keep ? times.direct : null, holder.scoringUrl, body);
    const forward = () => timed(keep ? times.forwarded : null, relay.scoringUrl, body);
    if (i % 2 === 0) await direct().then(forward);
    else await forward().then(direct);
  }
  const direct = summarize("hop: holder (direct)", 1, times.direct, 1);
  const forwardedHop = summarize("hop: other (forwards)", 1, times.forwarded, 1);
  await hop.teardown();

  const bareAfter = await measureBare("bare (after)");
  console.log(`\n${formatRow(bareAfter)}`);

  // The summary: what goes into BENCHMARKS.md.
  console.log(`\n— summary (${availableParallelism()} cores; load average now ${load()}) —`);
  console.log(formatRow(bare));
  console.log(formatRow(bareAfter));
  for (const s of steps) {
    const efficiency = s.stats.throughput / (s.n * steps[0].stats.throughput);
    console.log(`${formatRow(s.stats, bare)}  efficiency ${efficiency.toFixed(2)}  forwarded ${s.forwarded}  errors ${s.errors}`);
  }
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`${direct.label.padEnd(22)} c=1  n=${String(direct.requests).padStart(4)}  p50 ${ms(direct.p50)}  p95 ${ms(direct.p95)}  p99 ${ms(direct.p99)}  mean ${ms(direct.mean)}`);
  console.log(`${forwardedHop.label.padEnd(22)} c=1  n=${String(forwardedHop.requests).padStart(4)}  p50 ${ms(forwardedHop.p50)}  p95 ${ms(forwardedHop.p95)}  p99 ${ms(forwardedHop.p99)}  mean ${ms(forwardedHop.mean)}`);
  console.log(`the forwarding hop: p50 +${ms(forwardedHop.p50 - direct.p50)} (×${(forwardedHop.p50 / direct.p50).toFixed(2)}), p99 +${ms(forwardedHop.p99 - direct.p99)}, mean +${ms(forwardedHop.mean - direct.mean)}; answers from another node than ${hopNode}: ${wrongNode}`);
} finally {
  // Extra workers first: the studio's stop deletes the data dir they read. This process's
  // own connections next, before the studio stops Postgres under them.
  await Promise.all(extras.map((w) => w.stop()));
  await disconnectDb();
  await studio.stop();
}
// The in-process scoring service keeps its inference thread pool open; the bench is done.
process.exit(0);

/** The launcher's worker: its `workers` row, found by the port the bench gave it. */
async function launcherWorker(port: string) {
  for (let i = 0; i < 600; i++) {
    const row = await db.worker.findFirst({ where: { scoringUrl: { endsWith: `:${port}` } } });
    if (row?.scoringUrl) return { id: row.id, scoringUrl: row.scoringUrl };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no worker registered a scoring host on port ${port}`);
}

async function waitForCatalogModel(webUrl: string, catalogId: string) {
  for (let i = 0; i < 600; i++) {
    const { items } = await (await fetch(`${webUrl}/api/v1/models?latest=true&pageSize=100`)).json();
    const model = items.find((m: { catalogId: string | null }) => m.catalogId === catalogId);
    // The version's own answer: it carries the graph's input and output tensors.
    if (model) return (await fetch(`${webUrl}/api/v1/models/${model.name}/versions/${model.version}`)).json();
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${catalogId} was not registered; is MODEL_MIRROR_DIR set?`);
}
