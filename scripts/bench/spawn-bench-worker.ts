import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import type { BenchStudio } from "./start-bench-studio";

// One more worker process on a bench studio's database and data dir, as `npm run worker`
// on the same machine adds one (README, "Several workers"). It runs the compiled worker the
// launcher just built (dist/server), with the launcher's own settings for its worker
// (server/studio.ts: MALLOC_ARENA_MAX=2, NODE_ENV=production, --initial-old-space-size=128),
// so that the extra workers differ from the launcher's in nothing but their id and ports.
// Ports 0: the OS picks them, and the worker writes the real ones into its `workers` row.

export type BenchWorker = { id: string; child: ChildProcess; scoringUrl: string; stop: () => Promise<void> };

export async function spawnBenchWorker(options: { studio: BenchStudio; id: string; env?: Record<string, string> }): Promise<BenchWorker> {
  const child = spawn(process.execPath, ["--initial-old-space-size=128", path.join("dist", "server", "worker.mjs")], {
    cwd: process.cwd(),
    env: {
      MALLOC_ARENA_MAX: "2",
      ...process.env,
      ...options.env,
      NODE_ENV: "production",
      ACCEL_PROCESS: "worker",
      DATABASE_URL: options.studio.databaseUrl,
      DATA_DIR: options.studio.dataDir,
      WORKER_ID: options.id,
      WORKER_HTTP_PORT: "0",
      WORKER_GRPC_PORT: "0",
      // Stopped at the end of the bench: nothing to drain for, no balancer to leave.
      WORKER_DRAIN_SECONDS: "0",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-5_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`worker ${options.id} exited with ${child.exitCode}: ${output}`);
    const row = await db.worker.findUnique({ where: { id: options.id } });
    // Its row has a scoring URL once its host listens; ready once its job runner has started.
    if (row?.scoringUrl && (await fetch(`${row.scoringUrl}/v2/health/ready`).then((r) => r.ok, () => false))) {
      return { id: options.id, child, scoringUrl: row.scoringUrl, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`worker ${options.id} did not become ready in 60 s: ${output}`);
}
