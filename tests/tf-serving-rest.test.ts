import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { preprocessImage } from "@/lib/scoring";
import { resolveModelVersion } from "@/lib/scoring/resolve-model-version";
import { IMAGES_DIR, SHARED } from "./helpers";
import { withDeployedService } from "./serving-helpers";

// TF Serving's REST API on a node (PROTOCOLS.md), called with fetch as any TF Serving
// REST client would: status, metadata, :predict in row and columnar form, {"error": …}.

const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));
const labels: string[] = JSON.parse(readFileSync(path.join(SHARED, "labels/imagenet-simple-labels.json"), "utf8"));
const deployed = withDeployedService();

async function rest(pathname: string, options: { body?: unknown; raw?: string; key?: string | null } = {}) {
  const key = options.key === undefined ? deployed.svc.keys.primary : options.key;
  const hasBody = options.body !== undefined || options.raw !== undefined;
  const response = await fetch(`${deployed.worker.scoringUrl}${pathname}`, {
    method: hasBody ? "POST" : "GET",
    body: options.raw ?? (hasBody ? JSON.stringify(options.body) : undefined),
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const b64 = dog.toString("base64");
const top1 = (scores: number[]) => labels[scores.indexOf(Math.max(...scores))];

describe("TF Serving REST on a node", () => {
  it("predicts in row form ({instances}) and columnar form ({inputs}) with b64 images", async () => {
    const row = await rest(`/v1/models/${deployed.svc.name}:predict`, { body: { instances: [{ b64 }] } });
    expect(row.status, JSON.stringify(row.body)).toBe(200);
    expect(row.body.predictions).toHaveLength(1);
    expect(row.body.predictions[0]).toHaveLength(1000);
    expect(top1(row.body.predictions[0])).toBe("Golden Retriever");
    expect(JSON.parse(row.headers.get("x-accel-timings")!).timings.serverMs).toBeGreaterThan(0);
    const named = await rest(`/v1/models/${deployed.svc.name}/versions/1:predict`, { body: { instances: [{ images: { b64 } }] } });
    expect(top1(named.body.predictions[0])).toBe("Golden Retriever");
    const columnar = await rest(`/v1/models/${deployed.svc.name}:predict`, { body: { inputs: { images: [{ b64 }] } } });
    expect(columnar.status).toBe(200);
    expect(top1(columnar.body.outputs[0])).toBe("Golden Retriever");
  });

  it("predicts a preprocessed float tensor sent as nested lists", async () => {
    const model = await resolveModelVersion({ name: deployed.svc.model, version: 1 });
    const { tensor } = await preprocessImage({ input: dog, spec: model.preprocessing });
    const [, c, h, w] = tensor.dims;
    const values = Array.from(tensor.data as Float32Array);
    const nested = Array.from({ length: c }, (_, ci) => Array.from({ length: h }, (_, hi) => values.slice((ci * h + hi) * w, (ci * h + hi + 1) * w)));
    const response = await rest(`/v1/models/${deployed.svc.name}:predict`, { body: { instances: [nested] } });
    expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200);
    expect(top1(response.body.predictions[0])).toBe("Golden Retriever");
  });

  it("reports the model version's status and its signature", async () => {
    const status = await rest(`/v1/models/${deployed.svc.name}`);
    expect(status.body).toEqual({ model_version_status: [{ version: "1", state: "AVAILABLE", status: { error_code: "OK", error_message: "" } }] });
    expect((await rest(`/v1/models/${deployed.svc.name}/versions/1`)).status).toBe(200);
    const metadata = await rest(`/v1/models/${deployed.svc.name}/versions/1/metadata`);
    expect(metadata.status).toBe(200);
    expect(metadata.body.model_spec).toMatchObject({ name: deployed.svc.name, version: "1" });
    expect(metadata.body.metadata.signature_def.signature_def.serving_default.inputs.images.dtype).toBe("DT_STRING");
  });

  it("keeps the studio's model scoring route", async () => {
    const response = await fetch(`${deployed.worker.scoringUrl}/v1/models/${deployed.svc.model}/versions/1/score`, { method: "POST", body: dog });
    expect(response.status).toBe(200);
    expect((await response.json()).top[0].label).toBe("Golden Retriever");
  });
});

describe("TF Serving REST requests that cannot be served", () => {
  const expectError = (response: { status: number; body: { error: string; code: string } }, status: number, code: string, message?: RegExp) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(typeof response.body.error).toBe("string");
    expect(response.body.code).toBe(code);
    if (message) expect(response.body.error).toMatch(message);
  };
  const predict = (options: Parameters<typeof rest>[1]) => rest(`/v1/models/${deployed.svc.name}:predict`, options);

  it("answers 400 to JSON that is not an object, base64 that is not base64, two images, ragged tensors and a wrong shape", async () => {
    expectError(await predict({ raw: "{not json" }), 400, "validation_failed", /not JSON/);
    expectError(await predict({ body: [1, 2] }), 400, "validation_failed", /JSON object/);
    expectError(await predict({ body: { instances: [{ b64: "%%% not base64 %%%" }] } }), 400, "validation_failed", /not base64/);
    expectError(await predict({ body: { instances: [{ b64 }, { b64 }] } }), 400, "validation_failed", /batch of one/);
    expectError(await predict({ body: { inputs: [{ b64 }, { b64 }] } }), 400, "validation_failed", /2 images/);
    expectError(await predict({ body: { instances: [[[1, 2], [3]]] } }), 400, "validation_failed", /ragged/);
    expectError(await predict({ body: { instances: [[[1, 2], [3, 4]]] } }), 400, "validation_failed", /shape \[1, 2, 2\]/);
    expectError(await predict({ body: { instances: [{ b64: Buffer.from("not an image").toString("base64") }] } }), 422, "invalid_image");
  });

  it("answers 401 without a key or with a wrong one, 404 for an unknown service or version", async () => {
    expectError(await predict({ body: { instances: [{ b64 }] }, key: null }), 401, "unauthenticated");
    expectError(await predict({ body: { instances: [{ b64 }] }, key: "not-a-key" }), 401, "invalid_key");
    expectError(await rest(`/v1/models/no-such-service:predict`, { body: { instances: [{ b64 }] } }), 404, "not_found");
    expectError(await rest(`/v1/models/${deployed.svc.name}/versions/9`), 404, "not_found", /version 1/);
    expectError(await rest(`/v1/models/${deployed.svc.name}/metadata`, { body: {} }), 405, "method_not_allowed");
  });

  it("answers 503 while the node's FPGA is reflashed, and reports LOADING", async () => {
    await db.computeNode.updateMany({ where: { compute: { name: deployed.svc.compute } }, data: { reflashUntil: new Date(Date.now() + 60_000) } });
    try {
      // The node sees the change when Postgres' notification of it arrives (lib/db/notified-cache.ts): waited for, not raced.
      await expect.poll(async () => (await rest(`/v1/models/${deployed.svc.name}`)).body.model_version_status[0].state, { timeout: 10_000, interval: 20 }).toBe("LOADING");
      expectError(await predict({ body: { instances: [{ b64 }] } }), 503, "unavailable", /being reflashed/);
    } finally {
      await db.computeNode.updateMany({ where: { compute: { name: deployed.svc.compute } }, data: { reflashUntil: null } });
    }
  });

  it("keeps serving good requests while bad ones arrive", async () => {
    const good = Array.from({ length: 6 }, () => predict({ body: { instances: [{ b64 }] } }));
    const bad = Array.from({ length: 6 }, (_, i) => (i % 2 ? predict({ raw: "[]" }) : predict({ body: { instances: [{ b64: "@@" }] } })));
    const [goods, bads] = await Promise.all([Promise.all(good), Promise.all(bad)]);
    for (const response of goods) expect(top1(response.body.predictions[0])).toBe("Golden Retriever");
    for (const response of bads) expect(response.status).toBe(400);
  });
});
