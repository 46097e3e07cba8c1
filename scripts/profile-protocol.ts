// `npm run profile:protocol -- --protocol="TF Serving gRPC" [--requests=400] [--concurrency=1]`:
// deploys the bench service in a studio of its own started with CPU_PROFILE_DIR, scores
// it over one protocol, stops the studio (so web and worker write their V8 profiles), and
// prints where the worker's (and web's) CPU time went: by package or file, then by
// function. The bench says how far each protocol is from bare; this says why.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployBenchService } from "./bench/deploy-bench-service";
import { protocolClients } from "./bench/protocol-clients";
import { startBenchStudio } from "./bench/start-bench-studio";
import { formatRow, runPool, summarize } from "./bench/stats";
import { summarizeCpuProfile } from "./bench/summarize-cpu-profile";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=") ?? fallback;
const protocol = arg("protocol", "TF Serving gRPC");
const requests = Number(arg("requests", "400"));
const concurrency = Number(arg("concurrency", "1"));

const imagesDir = path.resolve("..", "shared", "data", "images");
const images = await Promise.all((await readdir(imagesDir)).filter((n) => /\.(jpe?g|png)$/i.test(n)).sort().map((n) => readFile(path.join(imagesDir, n))));
const profileDir = await mkdtemp(path.join(tmpdir(), "accel-profile-"));
process.env.CPU_PROFILE_DIR = profileDir;
const studio = await startBenchStudio({ port: 3216, pgPort: 54356, workerPort: 8656 });
try {
  const service = await deployBenchService(studio.webUrl);
  const { close, ...clients } = protocolClients({ grpcAddress: studio.workerGrpcAddress, workerUrl: studio.workerUrl, webUrl: studio.webUrl, service: service.name, key: service.key });
  const task = (clients as Record<string, (image: Buffer) => Promise<void>>)[protocol];
  if (!task) throw new Error(`No protocol "${protocol}"; one of: ${Object.keys(clients).join(", ")}`);
  await runPool(40, concurrency, (i) => task(images[i % images.length]));
  const { latencies, wallMs } = await runPool(requests, concurrency, (i) => task(images[i % images.length]));
  console.log(formatRow(summarize(protocol, concurrency, latencies, wallMs)));
  close();
} finally {
  await studio.stop();
}
for (const name of ["worker", "web"]) {
  // One profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<seq>; the main thread is 0
  // (the model threads mostly wait, and onnxruntime's and sharp's threads are not V8's).
  const files = (await readdir(path.join(profileDir, name)).catch(() => [])).filter((f) => f.split(".")[4] === "0");
  for (const file of files) {
    const summary = await summarizeCpuProfile(path.join(profileDir, name, file), { top: 20 });
    const row = (r: { name: string; ms: number; share: number }) => `  ${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}`;
    console.log(`\n${name}: ${summary.totalMs.toFixed(0)} ms profiled (${path.join(profileDir, name, file)})`);
    console.log("by place:\n" + summary.byPlace.map(row).join("\n"));
    console.log("by function:\n" + summary.byFunction.map(row).join("\n"));
  }
}
