import http from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as scoreRoute from "@/app/api/v1/models/[name]/versions/[version]/score/route";
import { artifactPath } from "@/lib/artifacts";
import { disconnectDb } from "@/lib/db";
import { captureLogs } from "@/lib/logging";
import { createWebListener } from "@/lib/serving/web-listener";
import { forgetScoringWorkers, pickScoringWorker, scoringSocketPath } from "@/lib/workers";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, MOBILENET, modelForm, postModel, SQUEEZENET, uniqueName } from "./helpers";

// Web's request listener, as server/web.ts runs it: a raw-image score takes the fast path
// to the worker, everything else goes to Next (here a stand-in answering 418, since Next
// itself is not under test). Both paths must answer alike: one forwarder, one pipeline.

let worker: StartedWorker;
let base: string;
let web: http.Server;
const mobilenet = uniqueName("mobilenet");
const dog = () => readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));

beforeAll(async () => {
  worker = await startWorker({ httpPort: 0, concurrency: 1, log: () => {} });
  expect((await postModel(await modelForm({ name: mobilenet }, { path: MOBILENET }))).status).toBe(201);
  web = http.createServer(createWebListener({ handleNext: (_request, response) => void response.writeHead(418).end("next") }));
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});
afterAll(async () => {
  web.close();
  await worker.stop();
  await disconnectDb();
});

const fastScore = async (name: string, body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}/api/v1/models/${name}/versions/1/score?topK=3`, { method: "POST", body, headers: { "content-type": "image/jpeg", ...headers } });
  return { status: response.status, headers: response.headers, body: await response.json() };
};
const routeScore = async (name: string, body: Uint8Array<ArrayBuffer>) =>
  call(scoreRoute.POST, { method: "POST", url: `/api/v1/models/${name}/versions/1/score`, params: { name, version: "1" }, body, headers: { "content-type": "image/jpeg" } });
/** The problem without the members that differ per request. */
const shape = ({ requestId: _id, ...problem }: Record<string, unknown>) => problem;

describe("web's fast path", () => {
  it("scores a raw image on the worker and returns the caller's request id", async () => {
    const { status, headers, body } = await fastScore(mobilenet, new Uint8Array(await dog()), { "x-request-id": "trace-42" });
    expect(status).toBe(200);
    expect(headers.get("x-request-id")).toBe("trace-42");
    expect(body.top).toHaveLength(3);
    expect(body.top[0].label.toLowerCase()).toBe("golden retriever");
  });

  it("reaches a worker on this machine over its Unix socket, which goes with the worker", async () => {
    forgetScoringWorkers();
    const picked = await pickScoringWorker();
    expect(picked.socketPath).toBe(scoringSocketPath(worker.id));
    expect((await stat(picked.socketPath!)).mode & 0o777).toBe(0o600);
    const { status, body } = await fastScore(mobilenet, new Uint8Array(await dog()));
    expect([status, body.model?.name]).toEqual([200, mobilenet]);
    // The same score over TCP (a worker on another machine) answers the same.
    const tcp = await fetch(`${picked.url}/v1/models/${mobilenet}/versions/1/score?topK=3`, { method: "POST", body: new Uint8Array(await dog()) });
    expect((await tcp.json()).top.map((t: { index: number }) => t.index)).toEqual(body.top.map((t: { index: number }) => t.index));
  });

  it("leaves multipart scores and every other request to Next", async () => {
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(await dog())]), "dog.jpg");
    expect((await fetch(`${base}/api/v1/models/${mobilenet}/versions/1/score`, { method: "POST", body: form })).status).toBe(418);
    expect((await fetch(`${base}/api/v1/models`)).status).toBe(418);
  });

  it("answers a failure exactly as the Next route does: same problem, a request id on both", async () => {
    const image = new Uint8Array(await dog());
    const fast = await fastScore("no-such-model", image);
    const route = await routeScore("no-such-model", image);
    expect(fast.status).toBe(404);
    expect(shape(fast.body)).toEqual(shape(route.body));
    expect(fast.body.code).toBe("model_not_found");
    expect(fast.body.requestId).toBe(fast.headers.get("x-request-id"));
    expect(route.body.requestId).toBe(route.headers.get("x-request-id"));
  });

  it("logs a worker's 5xx and answers it as a problem without paths", async () => {
    const broken = uniqueName("broken");
    const registered = await postModel(await modelForm({ name: broken }, { path: SQUEEZENET }));
    await rm(artifactPath(registered.body.digest)); // the row stays, its file is gone
    const logs = captureLogs();
    try {
      const { status, body } = await fastScore(broken, new Uint8Array(await dog()));
      expect(status).toBe(500);
      expect(body.code).toBe("artifact_missing");
      expect(JSON.stringify(body)).not.toContain(path.dirname(artifactPath(registered.body.digest)).split("/sha256")[0]);
      expect(logs.records.some((r) => r.component === "api" && r.requestId === body.requestId && r.msg === `POST /api/v1/models/${broken}/versions/1/score → 500`)).toBe(true);
    } finally {
      logs.stop();
    }
  });

  it("answers 503 unavailable with Retry-After on both paths while no worker runs, naming no internal address", async () => {
    const stopped = worker;
    await worker.stop();
    const image = new Uint8Array(await dog());
    const logs = captureLogs();
    try {
      const fast = await fastScore(mobilenet, image);
      const route = await routeScore(mobilenet, image);
      for (const reply of [fast, route]) {
        expect(reply.status).toBe(503);
        expect(reply.headers.get("content-type")).toBe("application/problem+json");
        expect(reply.headers.get("retry-after")).toBe("5");
        expect(reply.body.code).toBe("unavailable");
        expect(reply.body.detail).not.toMatch(/https?:\/\/|127\.0\.0\.1/);
      }
      expect(shape(fast.body)).toEqual({ ...shape(route.body), detail: fast.body.detail });
      // One line per failure, from the one pipeline, on either path.
      expect(logs.records.filter((r) => r.component === "api" && / → 503 unavailable: /.test(r.msg) && [fast.body.requestId, route.body.requestId].includes(r.requestId))).toHaveLength(2);
    } finally {
      logs.stop();
      expect(existsSync(scoringSocketPath(stopped.id)), "a stopped worker's socket is removed").toBe(false);
      worker = await startWorker({ httpPort: 0, concurrency: 1, log: () => {} });
    }
  });
});
