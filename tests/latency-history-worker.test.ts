import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as latencyRoute from "@/app/api/v1/services/[name]/latency/route";
import { disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { BUCKET_RELATIVE_WIDTH } from "@/lib/service-history/latency-buckets";
import { flushLatencyHistory } from "@/lib/service-history/flush-latency-history";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR } from "./helpers";
import { deployScoringService, type DeployedService } from "./serving-helpers";

// The latency history end to end: a service deployed on a real worker is scored through
// its scoring URI, the node's rollups are flushed (called directly, never waited for),
// and the API shows the requests and the percentiles of the latencies the answers reported.

let worker: StartedWorker | undefined;
let svc: DeployedService;

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2" });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  svc = await deployScoringService();
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
});

const dog = () => readFile(path.join(IMAGES_DIR, "winml_dog.jpg"));
const score = async (body: Uint8Array<ArrayBuffer>) => {
  const response = await fetch(svc.service.scoringUri, { method: "POST", body, headers: { authorization: `Bearer ${svc.keys.primary}`, "content-type": "image/jpeg" } });
  return { status: response.status, body: await response.json() };
};
const lastHour = () => call(latencyRoute.GET, { url: `/api/v1/services/${svc.name}/latency?window=1h`, params: { name: svc.name } });
const nearestRank = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil(p * values.length) - 1];
const expectNear = (estimate: number, value: number) => expect(Math.abs(estimate - value) / value, `${estimate} against ${value}`).toBeLessThan(BUCKET_RELATIVE_WIDTH);

describe("a service's latency history", () => {
  it("shows the scores a node answered, and its failures, once flushed", async () => {
    const image = new Uint8Array(await dog());
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await score(image));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const failed = await score(new TextEncoder().encode("not an image"));
    expect(failed.status).toBeGreaterThanOrEqual(400);

    await flushLatencyHistory();
    const { status, body } = await lastHour();
    expect(status).toBe(200);
    expect(body.overall).toMatchObject({ requests: 4, errors: 1, errorRate: 0.25 });
    const measured = answers.map((a) => a.body.timings.serverMs as number);
    for (const [key, p] of [["p50", 0.5], ["p95", 0.95], ["p99", 0.99]] as const) expectNear(body.overall.measuredMs[key], nearestRank(measured, p));
    expectNear(body.overall.simulatedMs.p50, answers[0].body.simulated[0].totalMs);
    // The scores sit in the last minute or two (a minute may have turned meanwhile).
    const busy = body.points.filter((p: { requests: number }) => p.requests > 0);
    expect(busy.reduce((sum: number, p: { requests: number }) => sum + p.requests, 0)).toBe(4);
    expect(body.points.indexOf(busy[0])).toBeGreaterThanOrEqual(58);
    expect(busy[0].requestsPerSecond).toBeGreaterThan(0);
  });

  it("writes what it had not flushed when the worker stops", async () => {
    expect((await score(new Uint8Array(await dog()))).status).toBe(200);
    await worker!.stop();
    worker = undefined;
    const { body } = await lastHour();
    expect(body.overall).toMatchObject({ requests: 5, errors: 1 });
  });
});
