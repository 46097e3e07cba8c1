import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import * as latencyRoute from "@/app/api/v1/services/[name]/latency/route";
import { db, disconnectDb } from "@/lib/db";
import { BUCKET_COUNT, BUCKET_RELATIVE_WIDTH } from "@/lib/service-history/latency-buckets";
import { getServiceLatency } from "@/lib/service-history/get-service-latency";
import { deleteOldLatencyHistory } from "@/lib/service-history/delete-old-latency-history";
import { RollupBuffer } from "@/lib/service-history/rollup-buffer";
import { writeLatencyRollups } from "@/lib/service-history/write-latency-rollups";
import { call, uniqueName } from "./helpers";

// The latency history's storage on the real database: rollups from several nodes add into
// one row per service and minute, old minutes go, and the API reads percentiles back from
// the summed buckets.

afterAll(() => disconnectDb());

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

async function createService() {
  const name = uniqueName("lat");
  const model = { name: `${name}-m`, version: 1, digest: randomBytes(32).toString("hex"), sizeBytes: 0n, inputs: [], outputs: [], graph: {} };
  const service = await db.service.create({
    data: { name, primaryKeyHash: "a", image: { create: { name: `${name}-i`, version: 1, model: { create: model } } }, compute: { create: { name: name.slice(0, 16) } } },
  });
  return service;
}

const latency = (name: string, query = "") => call(latencyRoute.GET, { url: `/api/v1/services/${name}/latency${query}`, params: { name } });

/** The nearest-rank percentile of the samples, as the API defines it. */
const exact = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil(p * values.length) - 1];
const expectNear = (estimate: number, value: number) => expect(Math.abs(estimate - value) / value).toBeLessThan(BUCKET_RELATIVE_WIDTH);

describe("the latency history", () => {
  it("adds two nodes' counts for the same minute, flush after flush, and reads percentiles of them all", async () => {
    const service = await createService();
    const minuteMs = Math.floor((Date.now() - 5 * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
    const [nodeA, nodeB] = [new RollupBuffer(), new RollupBuffer()];
    const measured: number[] = [];
    const record = (node: RollupBuffer, ms: number | null, offsetMs: number) => {
      node.add({ service: service.name, measuredMs: ms, simulatedMs: ms === null ? null : 0.5, isError: ms === null }, minuteMs + offsetMs);
      if (ms !== null) measured.push(ms);
    };
    for (let i = 0; i < 40; i += 1) record(nodeA, 10 + i * 0.5, i * 1000);
    for (let i = 0; i < 20; i += 1) record(nodeB, 80 + i * 4, i * 2000);
    record(nodeB, null, 59_000);
    nodeB.add({ service: "no-such-service", measuredMs: 1, simulatedMs: 1, isError: false }, minuteMs);

    // Both nodes write the same row at once; then node A writes the same minute again.
    const [a, b] = await Promise.all([writeLatencyRollups({ rollups: nodeA.take() }), writeLatencyRollups({ rollups: nodeB.take() })]);
    expect([a, b]).toEqual([{ written: 1, dropped: 0 }, { written: 1, dropped: 1 }]);
    record(nodeA, 12, 30_000);
    expect(await writeLatencyRollups({ rollups: nodeA.take() })).toEqual({ written: 1, dropped: 0 });

    const row = await db.serviceLatencyMinute.findUniqueOrThrow({ where: { serviceId_minute: { serviceId: service.id, minute: new Date(minuteMs) } } });
    expect([row.requests, row.errors]).toEqual([62, 1]);
    expect(row.measuredBuckets.reduce((sum, n) => sum + n, 0)).toBe(61);
    expect(row.measuredBuckets.length).toBeLessThan(BUCKET_COUNT); // the empty top is left off
    expect(await db.serviceLatencyMinute.count({ where: { serviceId: service.id } })).toBe(1);

    const { status, body } = await latency(service.name, "?window=1h");
    expect(status).toBe(200);
    expect(body).toMatchObject({ service: service.name, window: "1h", stepSeconds: 60 });
    expect(body.points).toHaveLength(60);
    const point = body.points.find((p: { start: string }) => p.start === new Date(minuteMs).toISOString());
    expect(point).toMatchObject({ requests: 62, errors: 1, requestsPerSecond: Number((62 / 60).toPrecision(4)) });
    expect(point.errorRate).toBeCloseTo(1 / 62, 4);
    for (const [key, p] of [["p50", 0.5], ["p95", 0.95], ["p99", 0.99]] as const) {
      expectNear(point.measuredMs[key], exact(measured, p));
      expectNear(body.overall.measuredMs[key], exact(measured, p));
    }
    expectNear(point.simulatedMs.p99, 0.5);
    expect(body.overall).toMatchObject({ requests: 62, errors: 1 });
    expect(body.points.filter((p: { requests: number }) => p.requests === 0)).toHaveLength(59);
    expect(body.points.filter((p: { measuredMs: unknown }) => p.measuredMs === null)).toHaveLength(59);
  });

  it("merges minutes into the window's steps and leaves out what is older than the window", async () => {
    const service = await createService();
    const nowMinute = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
    const node = new RollupBuffer();
    for (const [agoMs, ms] of [[3 * 60 * MINUTE_MS, 20], [3 * 60 * MINUTE_MS + MINUTE_MS, 40], [2 * DAY_MS, 30], [0, 5]] as const) {
      node.add({ service: service.name, measuredMs: ms, simulatedMs: 1, isError: false }, nowMinute - agoMs);
    }
    await writeLatencyRollups({ rollups: node.take() });
    // The windows are read at a fixed "now" in the middle of the minute the samples were placed from,
    // so a minute boundary passing during the test cannot move them (the other tests read through the route).
    const now = new Date(nowMinute + 30_000);
    const [hour, day, week] = await Promise.all(["1h", "24h", "7d"].map(async (window) => ({ body: await getServiceLatency({ name: service.name, query: { window }, now }) })));
    expect([hour.body.points.length, day.body.points.length, week.body.points.length]).toEqual([60, 96, 84]);
    expect([hour.body.overall.requests, day.body.overall.requests, week.body.overall.requests]).toEqual([1, 3, 4]);
    expect(hour.body.points.at(-1)?.requests).toBe(1); // the current minute is the last point
    expect(day.body.stepSeconds).toBe(900);
    // 15-minute steps are aligned, so two minutes in a row share a step unless a step starts between them.
    expect(day.body.points.filter((p: { requests: number }) => p.requests > 0).map((p: { requests: number }) => p.requests).sort()).toEqual((nowMinute - 3 * 60 * MINUTE_MS) % (15 * MINUTE_MS) === 0 ? [1, 1, 1] : [1, 2]);
    expect(new Date(week.body.to).getTime() - new Date(week.body.from).getTime()).toBe(7 * DAY_MS);
    expect(new Date(week.body.to).getTime() % (2 * 60 * MINUTE_MS)).toBe(0);
  });

  it("answers 404 for an unknown service and 400 for a window it does not have", async () => {
    const service = await createService();
    const missing = await latency("no-such-service");
    expect([missing.status, missing.body.code]).toEqual([404, "not_found"]);
    const badWindow = await latency(service.name, "?window=2h");
    expect([badWindow.status, badWindow.body.code]).toEqual([400, "validation_failed"]);
    expect(badWindow.body.detail).toMatch(/window must be "1h", "24h" or "7d"/);
    const unknown = await latency(service.name, "?step=5m");
    expect([unknown.status, unknown.body.code]).toEqual([400, "unknown_field"]);
    const empty = await latency(service.name);
    expect(empty.status).toBe(200);
    expect(empty.body.overall).toEqual({ requests: 0, errors: 0, requestsPerSecond: 0, errorRate: null, measuredMs: null, simulatedMs: null });
  });

  it("keeps LATENCY_HISTORY_DAYS (8 by default) and goes with its service", async () => {
    const service = await createService();
    const now = new Date();
    const node = new RollupBuffer();
    for (const agoDays of [10, 7.5, 0.01]) node.add({ service: service.name, measuredMs: 3, simulatedMs: 1, isError: false }, now.getTime() - agoDays * DAY_MS);
    await writeLatencyRollups({ rollups: node.take() });
    const remaining = () => db.serviceLatencyMinute.count({ where: { serviceId: service.id } });
    expect(await remaining()).toBe(3);

    expect((await deleteOldLatencyHistory({ now })).deleted).toBeGreaterThanOrEqual(1);
    expect(await remaining()).toBe(2);
    await deleteOldLatencyHistory({ now, days: 7 });
    expect(await remaining()).toBe(1);

    await db.service.delete({ where: { id: service.id } });
    expect(await remaining()).toBe(0);
  });
});
