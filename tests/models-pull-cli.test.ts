import { spawn } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker } from "@/worker/start-worker";
import { MODELS_DIR, SQUEEZENET } from "./helpers";

// `npm run models:pull` as a user runs it: a real process on the test database. Its pulls
// are jobs like the studio's, so a CLI killed mid-download leaves nothing stuck: the
// studio's worker releases its job once its heartbeat stops, and finishes the pull.

const ROOT = path.resolve(import.meta.dirname, "..");

function runCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/models-pull.ts", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => lines.push(line));
  createInterface({ input: child.stderr! }).on("line", (line) => lines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, lines, exited };
}

let file: Buffer;
let isTrickling = true;
let server: http.Server;
let mirrorUrl: string;
beforeAll(async () => {
  file = await readFile(SQUEEZENET);
  // Sends a first slice, then a slice a second while isTrickling; the whole file after.
  server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-length": file.length });
    if (!isTrickling) return void response.end(file);
    response.write(file.subarray(0, 64 * 1024));
    const timer = setInterval(() => response.write(file.subarray(0, 1024)), 1000);
    response.once("close", () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  mirrorUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await disconnectDb();
});

describe("npm run models:pull", () => {
  it("pulls from the mirror with progress lines and registers the model", async () => {
    const cli = runCli(["squeezenet1.1-caffe2"], { MODEL_MIRROR_DIR: MODELS_DIR });
    expect(await cli.exited).toBe(0);
    expect(cli.lines[0]).toMatch(/^squeezenet1\.1-caffe2: queued \(\/api\/v1\/pulls\/[0-9a-f-]{36}\)$/);
    expect(cli.lines.at(-1)).toMatch(/^squeezenet1\.1-caffe2: 100% — registered squeezenet1\.1-caffe2:\d+ from .*squeezenet1\.1-caffe2\.onnx$/);
    expect(await db.model.count({ where: { catalogId: "squeezenet1.1-caffe2" } })).toBeGreaterThanOrEqual(1);
  });

  it("lists the catalog and exits 1 when given no id", async () => {
    const cli = runCli([], {});
    expect(await cli.exited).toBe(1);
    expect(cli.lines.join("\n")).toMatch(/usage: npm run models:pull[\s\S]*mobilenetv2-int8/);
  });

  it("killed with -9 mid-download, leaves a pull the studio's worker finishes", async () => {
    const emptyMirror = await mkdtemp(path.join(tmpdir(), "empty-mirror-"));
    const cli = runCli(["squeezenet1.1-caffe2"], { MODEL_MIRROR_DIR: emptyMirror, MODEL_MIRROR_URL: mirrorUrl });
    await expect.poll(() => cli.lines.find((l) => l.includes("queued")), { timeout: 30_000 }).toBeDefined();
    const pullId = /pulls\/([0-9a-f-]{36})/.exec(cli.lines.find((l) => l.includes("queued"))!)![1];
    await expect.poll(async () => Number((await db.modelPull.findUniqueOrThrow({ where: { id: pullId } })).bytesDone), { timeout: 30_000 }).toBeGreaterThan(0);
    cli.child.kill("SIGKILL");
    await cli.exited;
    // The job is still locked in the dead CLI's name, its pull Running.
    const [job] = await db.$queryRaw<{ locked_by: string | null }[]>`SELECT locked_by FROM graphile_worker.jobs WHERE key = ${"pull:" + pullId}`;
    expect(job.locked_by).not.toBeNull();

    isTrickling = false;
    setEnv({ MODEL_MIRROR_DIR: emptyMirror, MODEL_MIRROR_URL: mirrorUrl, WORKER_STALE_SECONDS: "1" });
    const worker = await startWorker({ httpPort: null, log: () => {} });
    try {
      await expect.poll(async () => (await db.modelPull.findUniqueOrThrow({ where: { id: pullId } })).state, { timeout: 30_000, interval: 200 }).toBe("Succeeded");
    } finally {
      await worker.stop();
      setEnv({ MODEL_MIRROR_URL: undefined, WORKER_STALE_SECONDS: undefined, MODEL_MIRROR_DIR: MODELS_DIR });
    }
  }, 90_000);
});
