import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";

// A real worker process (server/worker.ts through tsx), as the launcher or a Kubernetes pod
// runs it, on this test file's database and artifact store: it can be killed with -9 or
// asked to drain with SIGTERM, which an in-process worker cannot show.

const ROOT = path.resolve(import.meta.dirname, "../..");

export type WorkerProcess = { id: string; child: ChildProcess; scoringUrl: string; grpcUrl: string; exited: Promise<number | null>; output: () => string };

export async function spawnWorker(options: { id: string; env?: Record<string, string> }): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, WORKER_ID: options.id, WORKER_HTTP_PORT: "0", WORKER_GRPC_PORT: "0", LOG_LEVEL: "info", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-20_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`worker ${options.id} exited with ${child.exitCode}: ${output}`);
    const row = await db.worker.findUnique({ where: { id: options.id } });
    // Registered, and its job runner started (it beats with the runner's ids only after).
    if (row?.scoringUrl && row.grpcUrl && (await isReady(row.scoringUrl))) return { id: options.id, child, scoringUrl: row.scoringUrl, grpcUrl: row.grpcUrl, exited, output: () => output };
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new Error(`worker ${options.id} did not become ready: ${output}`);
}

export async function isReady(scoringUrl: string): Promise<boolean> {
  return fetch(`${scoringUrl}/v2/health/ready`).then((r) => r.ok, () => false);
}
