import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { json } from "@/lib/api/responses";
import { CATALOG } from "@/lib/catalog/catalog";
import { DEVICE_PROFILES } from "@/lib/fpga/device-profiles";
import type { getHealth } from "@/lib/health/get-health";
import type { deleteImage } from "@/lib/images/delete-image";
import type { deleteModel } from "@/lib/models/delete-model";
import type { listModels } from "@/lib/models/list-models";
import type { getModelPullOrThrow } from "@/lib/pulls/get-model-pull";
import type { ServiceScoreResponse } from "@/lib/services/score-service";
import { catalogListSchema, catalogPullSchema } from "./catalog";
import { conversionListSchema, conversionReportSchema, conversionSchema, conversionWithLogSchema } from "./conversions";
import { deviceProfileListSchema } from "./fpga";
import { healthSchema } from "./health";
import { imageDeletedSchema, imageListSchema, imageSchema, imageWithLogSchema } from "./images";
import { modelDeletedSchema, modelListSchema, modelSchema } from "./models";
import { pullSchema, pullWithLogSchema } from "./pulls";
import { scoreSchema, serviceScoreSchema } from "./scoring";
import * as values from "./test-values";

// Each schema against values the project's own builders make, sent through the API's own
// JSON writer (lib/api/responses.ts json), so what is checked is the body a client reads.
// Compile-time twins of these checks are in dto-type-checks.ts.

/** The body `json(value)` puts on the wire, parsed back. */
const wire = async (value: unknown): Promise<Record<string, unknown>> => json(value).json();

function expectValid(schema: z.ZodType, body: unknown) {
  const result = schema.safeParse(body);
  expect(result.error?.issues ?? []).toEqual([]);
}

/** The body with one required field removed (by path) no longer validates. */
function expectInvalidWithout(schema: z.ZodType, body: Record<string, unknown>, path: (string | number)[]) {
  const copy = structuredClone(body);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  expect(path.at(-1)! in at).toBe(true);
  delete at[path.at(-1)!];
  expect(schema.safeParse(copy).success).toBe(false);
}

describe("models", () => {
  it("describes a model version DTO, plain and converted (parent, preprocessing, a shapeless output)", async () => {
    for (const dto of values.modelDtos()) {
      const body = await wire(dto);
      expectValid(modelSchema, body);
      expectInvalidWithout(modelSchema, body, ["graph", "macs"]);
      expectInvalidWithout(modelSchema, body, ["links", "download"]);
    }
    const [plain, converted] = await Promise.all(values.modelDtos().map(wire));
    expect((plain.outputs as { shape: unknown }[])[0].shape).toBeNull();
    expectInvalidWithout(modelSchema, converted, ["preprocessing", "labels"]);
  });

  it("describes a page of versions and the delete answer", async () => {
    const page: Awaited<ReturnType<typeof listModels>> = { items: values.modelDtos(), page: 1, pageSize: 20, total: 2, nextPage: null };
    const body = await wire(page);
    expectValid(modelListSchema, body);
    expectInvalidWithout(modelListSchema, body, ["nextPage"]);
    const deleted: Awaited<ReturnType<typeof deleteModel>> = { name: "tiny", version: 1, deleted: true };
    expectValid(modelDeletedSchema, await wire(deleted));
    expectInvalidWithout(modelDeletedSchema, await wire(deleted), ["deleted"]);
  });
});

describe("conversions", () => {
  it("describes a queued and a succeeded conversion, with and without its log", async () => {
    for (const isDone of [false, true]) {
      const listed = await wire(values.conversionDto({ isDone, hasLog: false }));
      expectValid(conversionSchema, listed);
      expectInvalidWithout(conversionSchema, listed, ["resultModel"]);
      const withLog = await wire(values.conversionDto({ isDone, hasLog: true }));
      expectValid(conversionWithLogSchema, withLog);
      expectInvalidWithout(conversionWithLogSchema, withLog, ["log"]);
      expectInvalidWithout(conversionWithLogSchema, withLog, ["log", 0, "level"]);
    }
    expectValid(conversionListSchema, await wire({ items: [values.conversionDto({ isDone: true, hasLog: false })] }));
  });

  it("describes the report to its latency breakdowns and calibration images", async () => {
    const report = await wire(values.conversionReport());
    expectValid(conversionReportSchema, report);
    expectInvalidWithout(conversionReportSchema, report, ["latency", "converted", "weightPlacement"]);
    expectInvalidWithout(conversionReportSchema, report, ["calibration", "images", 0, "converted", "probability"]);
    expectInvalidWithout(conversionReportSchema, report, ["split", "hostLayers"]);
  });
});

describe("images", () => {
  it("describes a queued and a built image, the lists and the delete answer", async () => {
    for (const isBuilt of [false, true]) {
      const listed = await wire(values.imageDto({ isBuilt, hasLog: false }));
      expectValid(imageSchema, listed);
      expectInvalidWithout(imageSchema, listed, ["sizeBytes"]);
      const withLog = await wire(values.imageDto({ isBuilt, hasLog: true }));
      expectValid(imageWithLogSchema, withLog);
      expectInvalidWithout(imageWithLogSchema, withLog, ["log"]);
    }
    expectValid(imageListSchema, await wire({ items: [values.imageDto({ isBuilt: true, hasLog: false })] }));
    const deleted: Awaited<ReturnType<typeof deleteImage>> = { name: "tiny-image", version: 1, deleted: true };
    expectValid(imageDeletedSchema, await wire(deleted));
  });
});

describe("catalog and pulls", () => {
  it("describes every built-in catalog entry as GET /api/v1/catalog lists it", async () => {
    const body = await wire({
      items: CATALOG.map((entry, i) => ({
        ...entry,
        registered: i === 0 ? [{ name: entry.name, version: 1 }] : [],
        lastPull: i === 0 ? values.pullDto({ isDone: true }) : null,
      })),
    });
    expectValid(catalogListSchema, body);
    expectInvalidWithout(catalogListSchema, body, ["items", 0, "preprocessing", "resize", "size"]);
    expectInvalidWithout(catalogListSchema, body, ["items", 0, "lastPull", "progress"]);
    expectInvalidWithout(catalogListSchema, body, ["items", 1, "registered"]);
  });

  it("describes a pull and its detail with the log", async () => {
    for (const isDone of [false, true]) {
      const body = await wire(values.pullDto({ isDone }));
      expectValid(catalogPullSchema, body);
      expectInvalidWithout(pullSchema, body, ["source"]);
    }
    const detail: Awaited<ReturnType<typeof getModelPullOrThrow>> = {
      ...values.pullDto({ isDone: false }),
      logs: [{ at: "2025-03-01T10:00:00.000Z", level: "info", message: "Queued download" }],
    };
    const body = await wire(detail);
    expectValid(pullWithLogSchema, body);
    expectInvalidWithout(pullWithLogSchema, body, ["logs", 0, "message"]);
  });
});

describe("fpga, scoring and health", () => {
  it("describes the device profiles", async () => {
    const body = await wire({ items: Object.values(DEVICE_PROFILES) });
    expectValid(deviceProfileListSchema, body);
    expectInvalidWithout(deviceProfileListSchema, body, ["items", 0, "parameters", "numerics", "source"]);
  });

  it("describes a model's and a service's score answer", async () => {
    const body = await wire(values.scoreResponse());
    expectValid(scoreSchema, body);
    expectInvalidWithout(scoreSchema, body, ["simulated", 1, "placement", "foldedOps"]);
    expectInvalidWithout(scoreSchema, body, ["timings", "serverMs"]);
    const service: ServiceScoreResponse = { ...values.scoreResponse(), service: { name: "tiny-svc", node: "node-0" } };
    const serviceBody = await wire(service);
    expectValid(serviceScoreSchema, serviceBody);
    expectInvalidWithout(serviceScoreSchema, serviceBody, ["service", "node"]);
  });

  it("describes a detector's score answer: boxes and the settings applied", async () => {
    const body = await wire(values.detectionScoreResponse());
    expectValid(scoreSchema, body);
    expectInvalidWithout(scoreSchema, body, ["detections", 0, "box", "height"]);
    expectInvalidWithout(scoreSchema, body, ["detectionSettings", "iouThreshold"]);
    expectInvalidWithout(scoreSchema, body, ["task"]);
  });

  it("describes a healthy answer and the one of a studio whose database is down", async () => {
    type Health = Awaited<ReturnType<typeof getHealth>>;
    const time = "2025-03-01T10:00:00.000Z";
    const healthy: Health = {
      status: "ok",
      time,
      checks: {
        database: { status: "ok", latencyMs: 0.8, version: "18.0" },
        migrations: { status: "ok", applied: 12, pending: [], latest: "20250301_tokens" },
        workers: { status: "ok", live: 1, nodes: [{ id: "w1", hostname: "box", pid: 4242, isLive: true, heartbeatAt: time, isScoring: true }] },
        web: { status: "ok", live: 1, processes: [{ id: "web1", hostname: "box", pid: 4241, url: "http://127.0.0.1:3000", isLive: true, heartbeatAt: time, startedAt: time }] },
        jobs: { status: "ok", queued: 0, running: 1, failed: 0 },
      },
    };
    const down: Health = {
      status: "down",
      time,
      checks: { database: { status: "down", error: "connect ECONNREFUSED" }, migrations: { status: "down" }, workers: { status: "down" }, web: { status: "down" }, jobs: { status: "down" } },
    };
    const [healthyBody, downBody] = await Promise.all([wire(healthy), wire(down)]);
    expectValid(healthSchema, healthyBody);
    expectValid(healthSchema, downBody);
    expectInvalidWithout(healthSchema, healthyBody, ["checks", "database", "version"]);
    expectInvalidWithout(healthSchema, downBody, ["checks", "database", "error"]);
    expectInvalidWithout(healthSchema, healthyBody, ["checks", "workers", "nodes", 0, "pid"]);
    expectInvalidWithout(healthSchema, healthyBody, ["checks", "web", "processes", 0, "url"]);
  });
});
