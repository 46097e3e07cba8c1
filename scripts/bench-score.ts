// `npm run bench:score`: the scoring path measured three ways in one run, over the
// development photos, at concurrency 1 and 4:
//   (a) bare   — the scoring service (scoreModelVersion) in this process, no HTTP;
//   (b) worker — HTTP straight to the worker's scoring host;
//   (c) web    — HTTP to web's /api/v1 route, which forwards to the worker.
// Targets (issue 11): web p50 at c=1 ≤ 1.10× bare, p99 ≤ 1.5×; throughput at c=4 ≥ 0.9× bare.
// It also measures the floor of one process-to-process HTTP hop on this machine
// (bench/hop-floor.ts), the part of any ratio no server code can remove.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { setEnv } from "@/lib/env";
import { scoreModelVersion } from "@/lib/scoring";
import { formatRow, runPool, summarize, type RunStats } from "./bench/stats";
import { postImage } from "./bench/post-image";
import { startBenchStudio } from "./bench/start-bench-studio";
import { measureHopFloor } from "./bench/hop-floor";

const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 300);
const ROUNDS = 6;
const images = await loadImages(path.resolve("..", "shared", "data", "images"));
console.log(`bench:score — ${images.length} images, ${REQUESTS} requests per run, ${(await import("node:os")).availableParallelism()} cores`);

// `--studio=<checkout>` runs another checkout's launcher (an older commit's worktree) in
// the same conditions; bare is always this checkout's service.
const studioRoot = process.argv.find((a) => a.startsWith("--studio="))?.split("=")[1];
const studio = await startBenchStudio({ port: 3211, pgPort: 54351, workerPort: 8651, root: studioRoot ? path.resolve(studioRoot) : undefined });
try {
  const model = await waitForModel(studio.webUrl, "mobilenetv2-int8");
  console.log(`model ${model.name}:${model.version} (${model.digest.slice(0, 12)}…)\n`);
  // The same service the worker runs, on the bench studio's database and store.
  setEnv({ DATABASE_URL: studio.databaseUrl, DATA_DIR: studio.dataDir });
  const bare = (i: number) =>
    scoreModelVersion({ name: model.name, version: model.version, image: images[i % images.length].bytes, profiles: ["arria10-pb6"] }).then(() => {});
  const post = (url: string) => (i: number) => postImage(url, images[i % images.length].bytes);
  const scorePath = `/v1/models/${model.name}/versions/${model.version}/score?profiles=arria10-pb6`;
  const runs: Record<string, (i: number) => Promise<void>> = {
    bare,
    worker: post(`${studio.workerUrl}${scorePath}`),
    web: post(`${studio.webUrl}/api${scorePath}`),
  };

  // While the worker scores at concurrency 4, probe its health endpoint: if decoding or
  // inference blocked its event loop, these probes would wait behind them.
  const probeLoop = async (stop: { done: boolean }) => {
    const latencies: number[] = [];
    while (!stop.done) {
      const t0 = performance.now();
      await fetch(`${studio.workerUrl}/v2/health/live`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return latencies;
  };

  // Interleaved: each run is cut into ROUNDS slices taken in turn (bare, worker, web, bare,
  // …), so that the machine drifting during the run (other tenants of a shared host) is
  // spread over all three alike instead of landing on whichever ran last.
  const results: RunStats[] = [];
  const probes: number[] = [];
  for (const concurrency of [1, 4]) {
    for (const task of Object.values(runs)) await runPool(Math.min(30, REQUESTS), concurrency, task); // warm-up: sessions, JIT, connections
    const collected = Object.fromEntries(Object.keys(runs).map((label) => [label, { latencies: [] as number[], wallMs: 0 }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, task] of Object.entries(runs)) {
        const stop = { done: false };
        const probing = label === "worker" && concurrency === 4 ? probeLoop(stop) : Promise.resolve([]);
        const { latencies, wallMs } = await runPool(Math.ceil(REQUESTS / ROUNDS), concurrency, task);
        stop.done = true;
        probes.push(...(await probing));
        collected[label].latencies.push(...latencies);
        collected[label].wallMs += wallMs;
      }
    }
    for (const [label, { latencies, wallMs }] of Object.entries(collected)) {
      const stats = summarize(label, concurrency, latencies, wallMs);
      results.push(stats);
      const baseline = results.find((r) => r.label === "bare" && r.concurrency === concurrency);
      console.log(formatRow(stats, label === "bare" ? undefined : baseline));
    }
  }
  const probeStats = summarize("health probe", 1, probes, 1);
  console.log(`\nworker event loop under c=4 scoring: /v2/health/live p50 ${probeStats.p50.toFixed(2)} ms, p99 ${probeStats.p99.toFixed(2)} ms (${probes.length} probes)`);

  // Where the web path's extra time goes: the cost of an empty Next.js route (the floor
  // the fast path avoids) and the same image through worker and web, interleaved so that
  // machine noise hits both alike.
  const dog = images.find((i) => i.name === "winml_dog.jpg")!.bytes;
  const hop = { next: [] as number[], worker: [] as number[], web: [] as number[] };
  const time = async (into: number[], call: () => Promise<void>) => {
    const t0 = performance.now();
    await call();
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < 220; i++) {
    await time(hop.next, () => postImage(`${studio.webUrl}/api/v1/fpga/profiles`));
    await time(hop.worker, () => postImage(`${studio.workerUrl}${scorePath}`, dog));
    await time(hop.web, () => postImage(`${studio.webUrl}/api${scorePath}`, dog));
  }
  const p50 = (values: number[]) => summarize("", 1, values.slice(20), 1).p50.toFixed(2);
  console.log(`hop costs (c=1, 200 interleaved): empty Next.js route GET /api/v1/fpga/profiles p50 ${p50(hop.next)} ms; winml_dog.jpg worker p50 ${p50(hop.worker)} ms, web p50 ${p50(hop.web)} ms`);
  // Where a score's own time goes, per model: the service in this process, winml_dog.jpg
  // (1080×1080), the median of 5 warm runs of each step.
  console.log("\nsteps of one score (winml_dog.jpg, median of 5 warm runs, in process):");
  for (const catalogId of ["mobilenetv2-int8", "squeezenet1.1-caffe2", "squeezenet1.1-caffe2-fp16"]) {
    const { name, version } = await waitForModel(studio.webUrl, catalogId);
    const score = () => scoreModelVersion({ name, version, image: dog, profiles: ["arria10-pb6"] });
    await score();
    const runs5: Awaited<ReturnType<typeof score>>["timings"][] = [];
    for (let i = 0; i < 5; i++) runs5.push((await score()).timings);
    const median = (key: keyof (typeof runs5)[number]) => runs5.map((t) => t[key]).sort((a, b) => a - b)[2].toFixed(2);
    console.log(`  ${catalogId.padEnd(26)} decode ${median("decodeMs")} ms, tensor ${median("preprocessMs")} ms, inference ${median("inferenceMs")} ms, top-k ${median("postprocessMs")} ms, total ${median("totalMs")} ms`);
  }
  const find = (label: string, c: number) => results.find((r) => r.label === label && r.concurrency === c)!;
  const bareP50 = find("bare", 1).p50;
  const floor = await measureHopFloor(dog, bareP50);
  console.log(`\nfloor of one HTTP hop between two processes (winml_dog.jpg's ${dog.length} bytes, reply held ${bareP50.toFixed(2)} ms = bare p50): p50 ${floor.toFixed(2)} ms = ×${((bareP50 + floor) / bareP50).toFixed(2)} of bare; web's route takes two hops (client → web → worker)`);
  const targets = [
    { text: "web p50 at c=1 ≤ 1.10× bare", ratio: find("web", 1).p50 / bareP50, met: (r: number) => r <= 1.1 },
    { text: "web p99 at c=1 ≤ 1.5× bare", ratio: find("web", 1).p99 / find("bare", 1).p99, met: (r: number) => r <= 1.5 },
    { text: "web throughput at c=4 ≥ 0.9× bare", ratio: find("web", 4).throughput / find("bare", 4).throughput, met: (r: number) => r >= 0.9 },
  ];
  for (const t of targets) console.log(`target: ${t.text} — ${t.ratio.toFixed(2)}× ${t.met(t.ratio) ? "MET" : "MISSED"}`);
} finally {
  await studio.stop();
}

async function loadImages(dir: string) {
  const names = (await readdir(dir)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(dir, name)) })));
}

async function waitForModel(webUrl: string, catalogId: string) {
  for (let i = 0; i < 600; i++) {
    const { items } = await (await fetch(`${webUrl}/api/v1/models?latest=true&pageSize=100`)).json();
    const model = items.find((m: { catalogId: string | null }) => m.catalogId === catalogId);
    if (model) return model;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${catalogId} was not registered; is MODEL_MIRROR_DIR set?`);
}
