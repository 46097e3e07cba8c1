// `npm run bench:protocols`: one deployed service (SqueezeNet 1.1 at ms-fp9, key auth on)
// scored over every protocol a node speaks — TF Serving gRPC and REST, Open Inference
// Protocol v2 REST and gRPC, the raw scoring URI and the studio's route — beside the bare
// pipeline (the scoring service in this process: no network, no protocol), at
// concurrency 1 and 4, interleaved in rounds so that drift hits all alike. Targets
// (issue 8): gRPC p50 at c=1 ≤ 1.10× bare; every protocol's throughput at c=4 ≥ 0.9× bare.
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { setEnv } from "@/lib/env";
import { scoreModelVersion } from "@/lib/scoring";
import { protocolClients } from "./bench/protocol-clients";
import { deployBenchService } from "./bench/deploy-bench-service";
import { startBenchStudio } from "./bench/start-bench-studio";
import { cpuMsOf, processTree } from "./bench/process-cpu";
import { formatRow, runPool, summarize, type RunStats } from "./bench/stats";

const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 240);
const ROUNDS = 6;
const dir = path.resolve("..", "shared", "data", "images");
const images = await Promise.all((await readdir(dir)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort().map((n) => readFile(path.join(dir, n))));
console.log(`bench:protocols — ${images.length} images, ${REQUESTS} requests per protocol and concurrency, ${availableParallelism()} cores`);

const studio = await startBenchStudio({ port: 3214, pgPort: 54354, workerPort: 8654 });
try {
  const service = await deployBenchService(studio.webUrl);
  setEnv({ DATABASE_URL: studio.databaseUrl, DATA_DIR: studio.dataDir });
  const { close, ...protocols } = protocolClients({ grpcAddress: studio.workerGrpcAddress, workerUrl: studio.workerUrl, webUrl: studio.webUrl, service: service.name, key: service.key });
  // The bare pipeline: the same converted model, profile and simulation, in this process.
  const bare = (image: Buffer) => scoreModelVersion({ name: service.model.name, version: service.model.version, image, profiles: ["arria10-pb6"] }).then(() => undefined);
  const runs: Record<string, (image: Buffer) => Promise<void>> = { bare, ...protocols };
  const results: RunStats[] = [];
  for (const concurrency of [1, 4]) {
    for (const task of Object.values(runs)) await runPool(20, concurrency, (i) => task(images[i % images.length])); // warm-up
    const collected = Object.fromEntries(Object.keys(runs).map((label) => [label, { latencies: [] as number[], wallMs: 0, clientCpuMs: 0, studioCpuMs: 0 }]));
    const studioPids = processTree(studio.pid);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, task] of Object.entries(runs)) {
        const [client, server] = [process.cpuUsage(), cpuMsOf(studioPids)];
        const { latencies, wallMs } = await runPool(Math.ceil(REQUESTS / ROUNDS), concurrency, (i) => task(images[i % images.length]));
        const used = process.cpuUsage(client);
        Object.assign(collected[label], {
          latencies: [...collected[label].latencies, ...latencies],
          wallMs: collected[label].wallMs + wallMs,
          clientCpuMs: collected[label].clientCpuMs + (used.user + used.system) / 1000,
          studioCpuMs: collected[label].studioCpuMs + cpuMsOf(studioPids) - server,
        });
      }
    }
    for (const [label, { latencies, wallMs, clientCpuMs, studioCpuMs }] of Object.entries(collected)) {
      const stats = summarize(label, concurrency, latencies, wallMs);
      results.push(stats);
      // CPU per request: this process's (the load generator's, or all of bare's) and the studio's (web, worker, Postgres).
      const cpu = `  cpu/req: bench ${(clientCpuMs / latencies.length).toFixed(1)} ms, studio ${(studioCpuMs / latencies.length).toFixed(1)} ms`;
      console.log(formatRow(stats, label === "bare" ? undefined : results.find((r) => r.label === "bare" && r.concurrency === concurrency)) + cpu);
    }
  }
  close();
  const find = (label: string, c: number) => results.find((r) => r.label === label && r.concurrency === c)!;
  for (const label of ["TF Serving gRPC", "v2 gRPC"]) {
    const ratio = find(label, 1).p50 / find("bare", 1).p50;
    console.log(`target: ${label} p50 at c=1 ≤ 1.10× bare — ${ratio.toFixed(2)}× ${ratio <= 1.1 ? "MET" : "MISSED"}`);
  }
  for (const label of Object.keys(protocols)) {
    const ratio = find(label, 4).throughput / find("bare", 4).throughput;
    console.log(`target: ${label} throughput at c=4 ≥ 0.9× bare — ${ratio.toFixed(2)}× ${ratio >= 0.9 ? "MET" : "MISSED"}`);
  }
} finally {
  await studio.stop();
}
