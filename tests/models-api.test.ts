import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as latestRoute from "@/app/api/v1/models/[name]/route";
import * as versionsRoute from "@/app/api/v1/models/[name]/versions/route";
import * as versionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import * as downloadRoute from "@/app/api/v1/models/[name]/versions/[version]/download/route";
import * as fallbackRoute from "@/app/api/v1/[...path]/route";
import { artifactPath } from "@/lib/artifacts";
import { db, disconnectDb } from "@/lib/db";
import { call, IMAGES_DIR, listArtifactFiles, modelForm, postModel, SQUEEZENET, uniqueName, webBaseUrl } from "./helpers";
import { watchRegistryUnchanged } from "./registry-unchanged";

afterAll(disconnectDb);

const register = async (name: string, extra: Record<string, string> = {}, file = SQUEEZENET) =>
  postModel(await modelForm({ name, ...extra }, { path: file }));

describe("POST /api/v1/models", () => {
  it("registers version 1 with the graph's inputs, outputs, opsets, ops, parameters and MACs", async () => {
    const name = uniqueName("squeezenet");
    const { status, body, headers } = await register(name, { description: "Caffe2 SqueezeNet", tags: JSON.stringify({ team: "vision" }) });
    expect(status).toBe(201);
    expect(headers.get("location")).toBe(`/api/v1/models/${name}/versions/1`);
    expect(body).toMatchObject({ name, version: 1, framework: "onnx", description: "Caffe2 SqueezeNet", tags: { team: "vision" } });
    expect(body.inputs).toEqual([{ name: "data_0", dtype: "float32", shape: [1, 3, 224, 224] }]);
    expect(body.outputs[0]).toMatchObject({ name: "softmaxout_1", dtype: "float32", shape: [1, 1000, 1, 1] });
    expect(body.graph.opHistogram.Conv).toBe(26);
    expect(body.graph.opsetImports).toContainEqual({ domain: "", version: 7 });
    expect(body.graph.macs).toBeGreaterThan(340e6);
    expect(body.graph.parameterCount).toBeGreaterThan(1.2e6);
    // The catalog knows this file by its digest, so it gets the catalog's preprocessing.
    expect(body.preprocessing).toMatchObject({ code: "caffe2", channelOrder: "BGR" });
    const bytes = await readFile(SQUEEZENET);
    expect(body.digest).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect((await stat(artifactPath(body.digest))).size).toBe(bytes.length);
  });

  it("numbers versions per name and serves the latest, the list and the file", async () => {
    const name = uniqueName("versions");
    expect((await register(name)).body.version).toBe(1);
    expect((await register(name, { tags: JSON.stringify({ stage: "prod" }) })).body.version).toBe(2);
    const latest = await call(latestRoute.GET, { params: { name } });
    expect(latest.body.version).toBe(2);
    const versions = await call(versionsRoute.GET, { params: { name }, url: `/api/v1/models/${name}/versions` });
    expect(versions.body.items.map((m: { version: number }) => m.version)).toEqual([2, 1]);
    const file = await call(downloadRoute.GET, { params: { name, version: "1" } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-length")).toBe(String((await stat(SQUEEZENET)).size));
  });

  it("filters the list by name and tag and paginates", async () => {
    const name = uniqueName("filter");
    await register(name, { tags: JSON.stringify({ color: "red" }) });
    await register(name, { tags: JSON.stringify({ color: "blue" }) });
    const byTag = await call(modelsRoute.GET, { url: `/api/v1/models?name=${name}&tag=color=blue` });
    expect(byTag.body.items.map((m: { version: number }) => m.version)).toEqual([2]);
    const hasTag = await call(modelsRoute.GET, { url: `/api/v1/models?name=${name}&tag=color` });
    expect(hasTag.body.total).toBe(2);
    const page1 = await call(modelsRoute.GET, { url: `/api/v1/models?name=${name}&pageSize=1` });
    expect(page1.body).toMatchObject({ total: 2, nextPage: 2 });
    const latestOnly = await call(modelsRoute.GET, { url: `/api/v1/models?name=${name}&latest=true` });
    expect(latestOnly.body.items).toHaveLength(1);
  });
});

describe("PATCH and DELETE /api/v1/models/{name}/versions/{v}", () => {
  it("merges tags, removes a tag set to null and edits the description", async () => {
    const name = uniqueName("patch");
    await register(name, { tags: JSON.stringify({ a: "1", b: "2" }) });
    const patched = await call(versionRoute.PATCH, {
      method: "PATCH", params: { name, version: "1" }, body: JSON.stringify({ description: "new", tags: { b: null, c: "3" } }),
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ description: "new", tags: { a: "1", c: "3" } });
  });

  it("refuses to delete a version an image uses, naming the image, then deletes it and its file", async () => {
    const name = uniqueName("inuse");
    const { body: model } = await register(name);
    const image = await db.image.create({ data: { name: `${name}-img`, version: 1, modelId: model.id } });
    const refused = await call(versionRoute.DELETE, { method: "DELETE", params: { name, version: "1" } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "in_use" });
    expect(refused.body.detail).toContain(`image ${name}-img:1`);
    await db.image.delete({ where: { id: image.id } });
    const deleted = await call(versionRoute.DELETE, { method: "DELETE", params: { name, version: "1" } });
    expect(deleted.status).toBe(200);
    expect(await db.model.count({ where: { name } })).toBe(0);
    // Other tests registered the same bytes; the file goes only with the last row using it.
    const others = await db.model.count({ where: { digest: model.digest } });
    expect(await stat(artifactPath(model.digest)).then(() => true, () => false)).toBe(others > 0);
  });
});

describe("bad input leaves the database and the artifact store as they were", () => {
  const { snapshot, expectUnchanged } = watchRegistryUnchanged();
  const upload = async (fields: Record<string, string>, file?: Parameters<typeof modelForm>[1]) =>
    postModel(await modelForm(fields, file));

  it("a JPEG is not an ONNX model (422 invalid_model)", async () => {
    const res = await upload({ name: uniqueName("jpeg") }, { path: path.join(IMAGES_DIR, "winml_dog.jpg"), name: "dog.onnx" });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ code: "invalid_model", status: 422 });
    await expectUnchanged();
  });

  it("a truncated ONNX file (422 invalid_model)", async () => {
    const bytes = await readFile(SQUEEZENET);
    const res = await upload({ name: uniqueName("trunc") }, { bytes: bytes.subarray(0, Math.floor(bytes.length * 0.6)) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("invalid_model");
    expect(res.body.detail).toMatch(/truncated/i);
    await expectUnchanged();
  });

  it("an empty file (400 empty_file)", async () => {
    const res = await upload({ name: uniqueName("empty") }, { bytes: new Uint8Array(0) });
    expect(res).toMatchObject({ status: 400, body: { code: "empty_file" } });
    await expectUnchanged();
  });

  it.each([["Has Spaces"], ["UPPER"], ["-leading-dash"], [""]])("the name %j (400 validation_failed)", async (name) => {
    const res = await upload({ name }, { path: SQUEEZENET });
    expect(res).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    await expectUnchanged();
  });

  it("an unknown field (400 unknown_field)", async () => {
    const res = await upload({ name: uniqueName("unknown"), colour: "red" }, { path: SQUEEZENET });
    expect(res).toMatchObject({ status: 400, body: { code: "unknown_field", field: "colour" } });
    await expectUnchanged();
  });

  it("a missing file part (400 missing_file)", async () => {
    const res = await upload({ name: uniqueName("nofile") });
    expect(res).toMatchObject({ status: 400, body: { code: "missing_file" } });
    await expectUnchanged();
  });

  it("tags that are not a JSON object (400 validation_failed)", async () => {
    const res = await upload({ name: uniqueName("tags"), tags: "team=vision" }, { path: SQUEEZENET });
    expect(res).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    await expectUnchanged();
  });

  it("a body that is not multipart (415)", async () => {
    const res = await postModel("{}", { "content-type": "application/json" });
    expect(res).toMatchObject({ status: 415, body: { code: "unsupported_media_type" } });
  });

  it("an upload over MAX_UPLOAD_BYTES is refused while streaming (413), reading only about the limit", async () => {
    const { setEnv } = await import("@/lib/env");
    setEnv({ MAX_UPLOAD_BYTES: String(256 * 1024) });
    try {
      // An endless body without content-length: the server must stop reading, not buffer it.
      const boundary = "----accel-test";
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nbig\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.onnx"\r\n\r\n`;
      const res = await rawUpload({ contentType: `multipart/form-data; boundary=${boundary}`, head, chunks: 8192 });
      expect(res).toMatchObject({ status: 413, body: { code: "payload_too_large" } });
      // 512 MB were on offer; the server read the limit, a few chunks in flight and what the sockets buffer.
      expect(res.sent).toBeLessThan(32 * 1024 * 1024);
      const declared = await rawUpload({ contentType: `multipart/form-data; boundary=${boundary}`, head: "x", chunks: 0, contentLength: 10 * 1024 * 1024 });
      expect(declared).toMatchObject({ status: 413, body: { code: "payload_too_large" } });
    } finally {
      setEnv({ MAX_UPLOAD_BYTES: String(2 * 1024 ** 3) });
    }
    await expectUnchanged();
  });

  it("a client that disconnects mid-upload leaves no staging file", async () => {
    const boundary = "----accel-abort";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.onnx"\r\n\r\n`;
    const isStaging = async () => (await listArtifactFiles()).some((f) => f.endsWith(".part"));
    // Hang up only once the server has begun writing the file, so there is something to clean up.
    const res = await rawUpload({ contentType: `multipart/form-data; boundary=${boundary}`, head, chunks: 20, hangUpWhen: () => expect.poll(isStaging).toBe(true) });
    expect(res.status).toBe(0); // we left before any answer
    await expect.poll(isStaging, { timeout: 10_000 }).toBe(false);
    await expectUnchanged();
  });

  it("unknown models and versions (404 model_not_found) and a bad version (400)", async () => {
    expect(await call(latestRoute.GET, { params: { name: "no-such-model" } })).toMatchObject({ status: 404, body: { code: "model_not_found" } });
    const name = uniqueName("known");
    await register(name);
    await snapshot();
    expect(await call(versionRoute.GET, { params: { name, version: "7" } })).toMatchObject({ status: 404, body: { code: "model_not_found" } });
    expect(await call(versionRoute.GET, { params: { name, version: "abc" } })).toMatchObject({ status: 400, body: { code: "validation_failed" } });
    expect(await call(versionRoute.PATCH, { method: "PATCH", params: { name, version: "1" }, body: JSON.stringify({ version: 3 }) })).toMatchObject({ status: 400, body: { code: "unknown_field" } });
    expect(await call(versionRoute.DELETE, { method: "DELETE", params: { name, version: "9" } })).toMatchObject({ status: 404 });
    expect(await call(fallbackRoute.GET, { url: "/api/v1/nothing-here" })).toMatchObject({ status: 404, body: { code: "not_found" } });
    await expectUnchanged();
  });
});

/**
 * Streams a body by hand over node:http: `head`, then `chunks` × 64 KiB of zeros, stopping
 * as soon as an answer arrives (or, with `hangUpWhen`, hanging up once it resolves). Reports how
 * much was written before the server answered.
 */
async function rawUpload(options: { contentType: string; head: string; chunks: number; contentLength?: number; hangUpWhen?: () => Promise<unknown> }) {
  const http = await import("node:http");
  const url = new URL("/api/v1/models", await webBaseUrl());
  return new Promise<{ status: number; body: Record<string, unknown> | null; sent: number }>((resolve, reject) => {
    let sent = 0;
    let isAnswered = false;
    const headers: Record<string, string | number> = { "content-type": options.contentType, ...(options.contentLength ? { "content-length": options.contentLength } : { "transfer-encoding": "chunked" }) };
    const request = http.request(url, { method: "POST", headers }, (response) => {
      isAnswered = true;
      let text = "";
      response.on("data", (c: Buffer) => (text += c));
      response.once("end", () => resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null, sent }));
    });
    request.once("error", (error) => (options.hangUpWhen || isAnswered ? resolve({ status: 0, body: null, sent }) : reject(error)));
    request.write(options.head);
    const chunk = Buffer.alloc(64 * 1024);
    let left = options.chunks;
    const pump = () => {
      while (left > 0 && !isAnswered) {
        left--;
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (options.hangUpWhen) void options.hangUpWhen().then(() => request.destroy());
      else if (!isAnswered && !options.contentLength) request.end();
    };
    pump();
  });
}
