import { mkdtemp, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as pullRoute from "@/app/api/v1/catalog/[id]/pull/route";
import * as pullStatusRoute from "@/app/api/v1/pulls/[id]/route";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { failLostPulls, requestModelPull } from "@/lib/pulls";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, SQUEEZENET } from "./helpers";

// Pulls are jobs that retry: a failure that may pass (a 503, a worker shutting down) is
// run again by graphile-worker after its back-off; a permanent one (a 404, a wrong file)
// ends the pull at once; and no pull is ever left Queued or Running with no job behind it.
// The files come from a mirror server on 127.0.0.1 (MODEL_MIRROR_URL) with scripted answers.

const ENTRY = "squeezenet1.1-caffe2"; // a catalog entry with no public URL: only our mirror serves it
let file: Buffer;
let answers: ("503" | "404" | "wrong" | "ok" | "trickle")[] = [];
let served = 0;
let server: http.Server;
const workers: StartedWorker[] = [];

beforeAll(async () => {
  file = await readFile(SQUEEZENET);
  server = http.createServer((_request, response) => {
    served++;
    const answer = answers.shift() ?? "ok";
    if (answer === "503" || answer === "404") return void response.writeHead(Number(answer)).end("no");
    response.writeHead(200, { "content-length": file.length });
    if (answer === "wrong") return void response.end(Buffer.alloc(file.length, 7));
    if (answer === "ok") return void response.end(file);
    // trickle: a first slice, then a slice a second until the client goes away.
    response.write(file.subarray(0, 64 * 1024));
    const timer = setInterval(() => response.write(file.subarray(0, 1024)), 1000);
    response.once("close", () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const emptyMirror = await mkdtemp(path.join(tmpdir(), "empty-mirror-"));
  setEnv({ MODEL_MIRROR_DIR: emptyMirror, MODEL_MIRROR_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/models`, PULL_MAX_ATTEMPTS: "3" });
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  answers = [];
});
afterAll(async () => {
  setEnv({ MODEL_MIRROR_URL: undefined, PULL_MAX_ATTEMPTS: undefined });
  server.closeAllConnections();
  server.close();
  await disconnectDb();
});

const start = async () => {
  const worker = await startWorker({ httpPort: null, concurrency: 1, log: () => {} });
  workers.push(worker);
  return worker;
};
const pull = async () => (await call(pullRoute.POST, { method: "POST", params: { id: ENTRY } })).body;
const status = async (id: string) => (await call(pullStatusRoute.GET, { params: { id } })).body;
const messages = (body: { logs: { message: string }[] }) => body.logs.map((l) => l.message).join("\n");
const waitFor = (id: string, state: string, timeout = 30_000) => expect.poll(async () => (await status(id)).state, { timeout, interval: 100 }).toBe(state);

describe("catalog pulls retry what may pass and fail at once on what will not", () => {
  it("retries a 503 after graphile-worker's back-off, then succeeds", async () => {
    answers = ["503"];
    await start();
    const { id } = await pull();
    await waitFor(id, "Succeeded");
    const done = await status(id);
    expect(messages(done)).toMatch(/Attempt 1 of 3 failed, will retry: .*HTTP 503/);
    expect(messages(done)).toMatch(/Downloading squeezenet1\.1-caffe2\.onnx \(attempt 2 of 3\)/);
    expect(done.error).toBeNull();
    expect(served).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["a 404", "404", /source_not_found|not found|HTTP 404/],
    ["a wrong file", "wrong", /expected sha256/i],
  ] as const)("fails at once on %s, naming the reason, with no second attempt", async (_label, answer, reason) => {
    answers = [answer, "ok", "ok"];
    const before = served;
    await start();
    const { id } = await pull();
    await waitFor(id, "Failed");
    const done = await status(id);
    expect(done.error).toMatch(reason);
    expect(served - before).toBe(1);
    expect(messages(done)).not.toMatch(/will retry/);
    expect(await db.$queryRaw`SELECT 1 FROM graphile_worker.jobs WHERE key = ${"pull:" + id}`).toEqual([]);
  });

  it("gives up after the last attempt, and the pull says so", async () => {
    answers = ["503", "503", "503"];
    await start();
    const { id } = await pull();
    await waitFor(id, "Failed", 45_000);
    expect(messages(await status(id))).toMatch(/Failed after 3 attempts: .*HTTP 503/);
  }, 60_000);

  it("puts a pull interrupted by a worker's shutdown back in the queue, and the next worker finishes it", async () => {
    answers = ["trickle"];
    const first = await start();
    const { id } = await pull();
    await expect.poll(async () => (await status(id)).bytesDone, { timeout: 15_000 }).toBeGreaterThan(0);
    workers.splice(workers.indexOf(first), 1);
    await first.stop(); // graceful: graphile aborts the running job after its grace period
    const interrupted = await status(id);
    expect(interrupted.state).toBe("Queued");
    expect(messages(interrupted)).toMatch(/Interrupted: the worker is shutting down/);
    await start();
    await waitFor(id, "Succeeded");
  }, 60_000);
});

describe("no pull is ever stuck", () => {
  it("a worker killed during a pull leaves a locked job; a live worker releases it and finishes the pull", async () => {
    answers = ["ok"];
    const { pull: queued } = await requestModelPull({ catalogId: ENTRY });
    // What `kill -9` of the CLI's or a worker's process leaves: the pull Running, its job
    // locked by a job worker whose process is gone and whose heartbeat has stopped.
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'graphile-dead', attempts = 1 WHERE key = ${"pull:" + queued.id}`;
    await db.modelPull.update({ where: { id: queued.id }, data: { state: "Running" } });
    await db.worker.create({ data: { id: "dead-cli", hostname: "h", pid: 1, jobWorkerIds: ["graphile-dead"], heartbeatAt: new Date(Date.now() - 120_000) } });
    await start();
    await waitFor(queued.id, "Succeeded");
  });

  it("a pull whose job is gone, or spent its attempts without the pull hearing, is marked Failed", async () => {
    const { pull: orphan } = await requestModelPull({ catalogId: ENTRY });
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE key = ${"pull:" + orphan.id}`;
    const { failed } = await failLostPulls();
    expect(failed).toEqual([orphan.id]);
    const body = await status(orphan.id);
    expect(body.state).toBe("Failed");
    expect(body.error).toMatch(/job behind this pull was lost/);
    // And a new request is not blocked by it.
    const { isNew } = await requestModelPull({ catalogId: ENTRY });
    expect(isNew).toBe(true);
  });
});
