// `npm run bench:batching`: dynamic batching's trade-off, measured (issue 11, item 5). The
// same converted MobileNetV2 (int8, dynamic batch) is deployed three times — batching off,
// and on with maxBatchSize 8 and maxQueueDelayMs 2 or 10 — on a node this process runs (its own
// scratch database and worker, no launcher and no fixed ports: bench-score's "bare" way,
// so no HTTP hop or load generator costs the two cores anything). Each service is scored
// through scoreService, the call every protocol makes, at concurrency 1, 4 and 16 with
// the development photos. Runs are interleaved in rounds (off, on, on, off, …) so that drift
// on a shared machine hits all alike; "off" is the baseline each "on" row is compared
// with. The simulated FPGA latency is not part of this: the FPGA design runs batch 1, so
// batching is a CPU-path matter.
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { setEnv } from "@/lib/env";
import { scoreService } from "@/lib/services";
import { startWorker } from "@/worker/start-worker";
import { deployBatchingServices, type BenchService } from "./bench/deploy-batching-services";
import { startScratchDatabase } from "./bench/scratch-database";
import { formatRow, runPool, summarize, type RunStats } from "./bench/stats";

const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 240);
const ROUNDS = 6;
const CONCURRENCIES = [1, 4, 16];
const VARIANTS = [
  { label: "batching off", maxBatchSize: 1, maxQueueDelayMs: 0 },
  { label: "batching 8, 2 ms", maxBatchSize: 8, maxQueueDelayMs: 2 },
  { label: "batching 8, 10 ms", maxBatchSize: 8, maxQueueDelayMs: 10 },
];
const dir = path.resolve("..", "shared", "data", "images");
const images = await Promise.all((await readdir(dir)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort().map((n) => readFile(path.join(dir, n))));
console.log(`bench:batching — ${images.length} images, ${REQUESTS} requests per mode and concurrency, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);

const database = await startScratchDatabase();
setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0" });
const worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
try {
  const services = await deployBatchingServices(VARIANTS);
  console.log(`model: MobileNetV2 int8 converted at ms-fp9, input ["batch_size", 3, 224, 224]; "batching n, d ms" = maxBatchSize n, maxQueueDelayMs d\n`);
  const score = async (service: BenchService, image: Buffer) => (await scoreService({ name: service.name, image, authorization: `Bearer ${service.key}`, workerId: worker.id })).timings;
  const results: RunStats[] = [];
  for (const concurrency of CONCURRENCIES) {
    const collected = services.map(() => ({ latencies: [] as number[], wallMs: 0, batchSizes: [] as number[], inferenceMs: [] as number[] }));
    const task = (s: number) => async (i: number) => {
      const timings = await score(services[s], images[i % images.length]);
      collected[s].batchSizes.push(timings.batchSize);
      collected[s].inferenceMs.push(timings.inferenceMs);
    };
    for (const s of services.keys()) await runPool(Math.max(20, concurrency * 4), concurrency, task(s)); // warm-up: sessions, JIT
    for (const c of collected) [c.batchSizes.length, c.inferenceMs.length] = [0, 0];
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of services.keys()) {
        const { latencies, wallMs } = await runPool(Math.ceil(REQUESTS / ROUNDS), concurrency, task(s));
        collected[s].latencies.push(...latencies);
        collected[s].wallMs += wallMs;
      }
    }
    for (const [s, service] of services.entries()) {
      const { latencies, wallMs, batchSizes, inferenceMs } = collected[s];
      const stats = summarize(service.label, concurrency, latencies, wallMs);
      results.push(stats);
      const baseline = s === 0 ? undefined : results.find((r) => r.label === services[0].label && r.concurrency === concurrency);
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      // CPU inference per image: a batch's run divided by the requests it scored.
      const perImage = mean(inferenceMs.map((ms, i) => ms / batchSizes[i]));
      console.log(`${formatRow(stats, baseline)}  batch mean ${mean(batchSizes).toFixed(2)} max ${Math.max(...batchSizes)}, inference/image ${perImage.toFixed(2)} ms`);
    }
  }
} finally {
  await worker.stop();
  await database.stop();
}
