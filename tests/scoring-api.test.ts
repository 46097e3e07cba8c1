import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as scoreRoute from "@/app/api/v1/models/[name]/versions/[version]/score/route";
import { setEnv } from "@/lib/env";
import { makeTinyModel, node, valueInfo } from "@/lib/onnx/make-tiny-model";
import { makePngBomb } from "@/lib/scoring/test-helpers";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, MOBILENET, modelForm, postModel, SQUEEZENET, uniqueName } from "./helpers";

// Web's score route → the worker's scoring host → sharp + onnxruntime + the NPU model.
let worker: StartedWorker;
const names = { squeezenet: uniqueName("squeezenet"), mobilenet: uniqueName("mobilenet"), tiny: uniqueName("tabular") };
const image = (name: string) => readFile(path.join(IMAGES_DIR, name));

beforeAll(async () => {
  worker = await startWorker({ httpPort: 0, concurrency: 1, log: () => {} });
  const register = async (name: string, file: { path?: string; bytes?: Uint8Array }) =>
    expect((await postModel(await modelForm({ name }, file))).status).toBe(201);
  await register(names.squeezenet, { path: SQUEEZENET });
  await register(names.mobilenet, { path: MOBILENET });
  const tabular = makeTinyModel({ nodes: [node("Relu", ["features"], ["out"])], inputs: [valueInfo("features", [1, 10])], outputs: [valueInfo("out", [1, 10])] });
  await register(names.tiny, { bytes: tabular });
});
afterAll(async () => {
  await worker.stop();
});

const score = (name: string, body: BodyInit | Buffer, options: { version?: string; query?: string; contentType?: string } = {}) =>
  call(scoreRoute.POST, {
    method: "POST",
    url: `/api/v1/models/${name}/versions/${options.version ?? "1"}/score${options.query ?? ""}`,
    params: { name, version: options.version ?? "1" },
    body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
    // FormData bodies set their own multipart content type.
    headers: body instanceof FormData ? undefined : { "content-type": options.contentType ?? "image/jpeg" },
  });

describe("POST /api/v1/models/{name}/versions/{v}/score", () => {
  it("puts golden retriever first for the dog, with measured timings and both simulated FPGAs", async () => {
    const { status, body } = await score(names.squeezenet, await image("winml_dog.jpg"));
    expect(status).toBe(200);
    expect(body.top).toHaveLength(5);
    expect(body.top[0]).toMatchObject({ index: 207 });
    expect(body.top[0].label.toLowerCase()).toBe("golden retriever");
    expect(body.top[0].probability).toBeGreaterThan(0.9);
    expect(body.preprocessing).toEqual({ code: "caffe2", isAssumed: false });
    for (const key of ["decodeMs", "preprocessMs", "inferenceMs", "postprocessMs", "totalMs", "serverMs"]) expect(body.timings[key]).toBeGreaterThan(0);
    const byProfile = Object.fromEntries(body.simulated.map((s: { profile: string; totalMs: number }) => [s.profile, s]));
    expect(Object.keys(byProfile).sort()).toEqual(["arria10-pb6", "stratix10-brainwave"]);
    // Deterministic and per profile: a small CNN fills a 400-wide Stratix 10 tile poorly,
    // so the two devices give different figures (docs/fpga-simulator.md explains why).
    for (const s of body.simulated) expect(s.totalMs).toBeGreaterThan(0);
    expect(byProfile["stratix10-brainwave"].totalMs).not.toBe(byProfile["arria10-pb6"].totalMs);
    const again = await score(names.squeezenet, await image("winml_dog.jpg"));
    expect(again.body.simulated).toEqual(body.simulated);
  });

  it("accepts a multipart form, a chosen profile and top-k", async () => {
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(await image("coral_hot_dog.jpg"))]), "hot-dog.jpg");
    const { status, body } = await score(names.mobilenet, form, { query: "?profiles=arria10-pb6&topK=3" });
    expect(status).toBe(200);
    expect(body.top).toHaveLength(3);
    expect(body.top[0].index).toBe(934);
    expect(body.top[0].label.toLowerCase()).toBe("hot dog");
    expect(body.simulated.map((s: { profile: string }) => s.profile)).toEqual(["arria10-pb6"]);
  });
});

describe("bad input answers problem+json, and the next valid request still succeeds", () => {
  const dog = () => image("winml_dog.jpg");
  const expectStillServing = async () => {
    const { status, body } = await score(names.mobilenet, await dog());
    expect(status).toBe(200);
    expect(body.top[0].index).toBe(207);
  };

  it.each([
    ["not an image", async () => Buffer.from("definitely not a picture"), 422, "invalid_image"],
    ["a truncated JPEG", async () => (await dog()).subarray(0, 20_000), 422, "invalid_image"],
    ["a zero-byte body", async () => Buffer.alloc(0), 400, "empty_file"],
    ["a decompression bomb (50000×50000 PNG)", async () => makePngBomb(), 413, "image_too_large"],
  ])("%s", async (_label, makeBody, status, code) => {
    const body = await makeBody();
    expect(body.length).toBeLessThan(1_000_000);
    const res = await score(names.mobilenet, body);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body.code).toBe(code);
    await expectStillServing();
  });

  it("a body over the size limit (413 payload_too_large)", async () => {
    setEnv({ MAX_IMAGE_BYTES: String(64 * 1024) });
    try {
      const res = await score(names.mobilenet, await dog());
      expect(res).toMatchObject({ status: 413, body: { code: "payload_too_large" } });
    } finally {
      setEnv({ MAX_IMAGE_BYTES: String(32 * 1024 * 1024) });
    }
    await expectStillServing();
  });

  it("an unknown model or version (404), an unknown profile (400)", async () => {
    expect((await score("no-such-model", await dog())).body.code).toBe("model_not_found");
    expect((await score(names.mobilenet, await dog(), { version: "9" })).status).toBe(404);
    expect((await score(names.mobilenet, await dog(), { query: "?profiles=virtex7" })).body.code).toBe("validation_failed");
    await expectStillServing();
  });

  it("a model whose input is not an image tensor (422 unsupported_model)", async () => {
    const res = await score(names.tiny, await dog());
    expect(res).toMatchObject({ status: 422, body: { code: "unsupported_model" } });
    expect(res.body.detail).toMatch(/not an image tensor/);
    await expectStillServing();
  });
});
