import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export type BenchStudio = { pid: number; webUrl: string; workerUrl: string; workerGrpcAddress: string; dataDir: string; databaseUrl: string; stop: () => Promise<void> };

/** A studio of its own (fresh data dir and ports) for the benchmark, via the same launcher as `npm start`. */
export async function startBenchStudio(options: {
  port: number;
  pgPort: number;
  workerPort: number;
  /** The checkout to run (another worktree, to measure an older version in the same conditions). */
  root?: string;
}): Promise<BenchStudio> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "accel-bench-"));
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: options.root ?? process.cwd(),
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(options.port),
      EMBEDDED_PG_PORT: String(options.pgPort),
      WORKER_HTTP_PORT: String(options.workerPort),
      WORKER_GRPC_PORT: String(options.workerPort + 1),
      DEFAULT_MODELS: "mobilenetv2-int8,squeezenet1.1-caffe2,squeezenet1.1-caffe2-fp16",
      DATABASE_URL: "",
    },
  });
  const webUrl = `http://127.0.0.1:${options.port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the studio exited with ${child.exitCode}`);
    const ok = await fetch(`${webUrl}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    pid: child.pid!,
    webUrl,
    workerUrl: `http://127.0.0.1:${options.workerPort}`,
    workerGrpcAddress: `127.0.0.1:${options.workerPort + 1}`,
    dataDir,
    databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${options.pgPort}/accel`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
