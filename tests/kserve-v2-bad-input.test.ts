import { readFileSync } from "node:fs";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { IMAGES_DIR } from "./helpers";
import { grpcCode, lengthPrefixed, topIndices, v2GrpcClient } from "./kserve-v2-client";
import { deploySqueezenetService, type DeployedService } from "./kserve-v2-helpers";

// Every bad v2 request gets its exact status — REST's { "error" } with the HTTP status,
// gRPC's status code — and a node keeps scoring while they arrive.

let worker: StartedWorker;
let service: DeployedService;
let grpcClient: ReturnType<typeof v2GrpcClient>;
const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));
// ImageNet-1k class 207.
const GOLDEN_RETRIEVER = 207;
const { INVALID_ARGUMENT, UNAUTHENTICATED, PERMISSION_DENIED, NOT_FOUND, UNAVAILABLE } = grpc.status;

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0.2", FPGA_REFLASH_SECONDS: "0.2" });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  service = await deploySqueezenetService("v2b");
  grpcClient = v2GrpcClient(worker.grpcAddress!);
});
afterAll(async () => {
  grpcClient?.close();
  await worker?.stop();
  await disconnectDb();
});

const bytesInput = (data: unknown[], shape = [data.length]) => ({ inputs: [{ name: "images", shape, datatype: "BYTES", data }] });
const dog64 = () => dog.toString("base64");

async function inferRest(options: { body: string | object; key?: string | null; model?: string }) {
  const key = options.key === undefined ? service.primary : options.key;
  const response = await fetch(`${worker.scoringUrl}/v2/models/${options.model ?? service.name}/infer`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
  return { status: response.status, body: await response.json() };
}

const inferGrpc = (request: object, options: { key?: string | null; model?: string } = {}) =>
  grpcCode(grpcClient.call("ModelInfer", { model_name: options.model ?? service.name, ...request }, options.key === null ? undefined : (options.key ?? service.primary)));

const REST_CASES: [string, Parameters<typeof inferRest>[0], number, RegExp][] = [
  ["JSON that is not an object", { body: "[1, 2, 3]" }, 400, /not an object/],
  ["a body that is not JSON", { body: "inputs=dog" }, 400, /not JSON/],
  ["base64 that is not base64", { body: bytesInput(["%%% not base64 %%%"]) }, 400, /inputs\[0\]\.data\[0\] is not base64/],
  ["a wrong datatype", { body: { inputs: [{ name: "x", shape: [1], datatype: "INT32", data: [7] }] } }, 400, /datatype INT32/],
  ["a wrong shape", { body: { inputs: [{ name: "data_0", shape: [1, 3, 4, 4], datatype: "FP32", data: new Array(48).fill(0) }] } }, 400, /shape \[1, 3, 4, 4\]/],
  ["a shape its data does not fill", { body: bytesInput([], [1]) }, 400, /holds 0/],
  ["two images in a batch of one", { body: bytesInput([dog64(), dog64()]) }, 400, /2 images/],
  ["bytes that are not an image", { body: bytesInput([Buffer.from("hello, not a picture").toString("base64")]) }, 422, /not an image the scorer can decode/],
  ["a missing key", { body: bytesInput([dog64()]), key: null }, 401, /requires a key/],
  ["a wrong key", { body: bytesInput([dog64()]), key: "not-the-key" }, 401, /not a current key/],
  ["an unknown model", { body: bytesInput([dog64()]), model: "no-such-service" }, 404, /no service named/],
];

describe("v2 REST refuses", () => {
  it.each(REST_CASES)("%s with its status and { error }", async (_case, request, status, message) => {
    const { status: got, body } = await inferRest(request);
    expect(got, JSON.stringify(body)).toBe(status);
    expect(body.error).toMatch(message);
    expect(Object.keys(body).sort()).toEqual(["code", "error"]);
  });

  it("an unknown version with 404, and a model ready call without a key with 401", async () => {
    const version = await fetch(`${worker.scoringUrl}/v2/models/${service.name}/versions/2`, { headers: { authorization: `Bearer ${service.primary}` } });
    expect([version.status, (await version.json()).code]).toEqual([404, "not_found"]);
    const ready = await fetch(`${worker.scoringUrl}/v2/models/${service.name}/ready`);
    expect([ready.status, (await ready.json()).code]).toEqual([401, "unauthenticated"]);
  });
});

const GRPC_CASES: [string, object, { key?: string | null; model?: string }, number, RegExp][] = [
  ["a wrong datatype", { inputs: [{ name: "x", datatype: "INT64", shape: [1], contents: { int64_contents: [1] } }] }, {}, INVALID_ARGUMENT, /datatype INT64/],
  ["a wrong shape", { inputs: [{ name: "data_0", datatype: "FP32", shape: [1, 2], contents: { fp32_contents: [1, 2] } }] }, {}, INVALID_ARGUMENT, /shape \[1, 2\]/],
  ["two images in a batch of one", { inputs: [{ name: "images", datatype: "BYTES", shape: [2], contents: { bytes_contents: [dog, dog] } }] }, {}, INVALID_ARGUMENT, /2 images/],
  ["a length prefix that overruns", { inputs: [{ name: "images", datatype: "BYTES", shape: [1] }], raw_input_contents: [lengthPrefixed([dog]).subarray(0, 1000)] }, {}, INVALID_ARGUMENT, /declares \d+ bytes, but only 996 follow/],
  ["a raw FP32 buffer of odd length", { inputs: [{ name: "data_0", datatype: "FP32", shape: [1] }], raw_input_contents: [Buffer.alloc(6)] }, {}, INVALID_ARGUMENT, /whole number/],
  ["bytes that are not an image", { inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [Buffer.from("hello, not a picture")] } }] }, {}, INVALID_ARGUMENT, /not an image the scorer can decode/],
  ["a missing key", { inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [dog] } }] }, { key: null }, UNAUTHENTICATED, /requires a key/],
  ["a wrong key", { inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [dog] } }] }, { key: "nope" }, PERMISSION_DENIED, /not a current key/],
  ["an unknown model", { inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [dog] } }] }, { model: "no-such-service" }, NOT_FOUND, /no service named/],
];

describe("v2 gRPC refuses", () => {
  it.each(GRPC_CASES)("%s with its status code", async (_case, request, options, code, message) => {
    const { code: got, details } = await inferGrpc(request, options);
    expect([got, details]).toEqual([code, expect.stringMatching(message)]);
  });

  it("a message that is not protobuf with INVALID_ARGUMENT", async () => {
    const client = new grpc.Client(worker.grpcAddress!, grpc.credentials.createInsecure());
    const { code, details } = await grpcCode(new Promise((resolve, reject) =>
      client.makeUnaryRequest("/inference.GRPCInferenceService/ModelInfer", (b: Buffer) => b, (b: Buffer) => b, Buffer.from([0x0a, 0xff, 0xff, 0xff]), (e, r) => (e ? reject(e) : resolve(r))),
    ));
    client.close();
    expect([code, details]).toEqual([INVALID_ARGUMENT, expect.stringMatching(/not a valid ModelInferRequest/)]);
  });
});

describe("a node under bad requests", () => {
  it("keeps scoring good ones at the same time", async () => {
    const good = () => grpcClient.call("ModelInfer", { model_name: service.name, inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [dog] } }] }, service.primary);
    const bad = [...REST_CASES.map(([, request]) => inferRest(request)), ...GRPC_CASES.map(([, request, options]) => inferGrpc(request, options))];
    const goods = [good(), inferRest({ body: bytesInput([dog64()]) }), good(), inferRest({ body: bytesInput([dog64()]) })];
    const [goodResults, badResults] = await Promise.all([Promise.all(goods), Promise.all(bad)]);
    for (const result of goodResults) {
      const outputs = "status" in result ? (expect(result.status).toBe(200), result.body.outputs) : (result.response.outputs as { contents: { fp32_contents: number[] } }[]);
      const values = "status" in result ? outputs[0].data : outputs[0].contents.fp32_contents;
      expect(topIndices(values)[0]).toBe(GOLDEN_RETRIEVER);
    }
    expect(badResults.every((r) => ("status" in r ? r.status >= 400 : r.code > 0))).toBe(true);
  });
});

describe("a node whose FPGA is being reflashed", () => {
  it("is not ready (REST 503, gRPC ready false) and answers infer with 503 / UNAVAILABLE", async () => {
    const reflash = (until: Date | null) => db.computeNode.updateMany({ where: { compute: { name: service.compute } }, data: { reflashUntil: until } });
    await reflash(new Date(Date.now() + 60_000));
    try {
      // The node sees the change when Postgres' notification of it arrives (lib/db/notified-cache.ts): waited for, not raced.
      const readiness = async () => {
        const ready = await fetch(`${worker.scoringUrl}/v2/models/${service.name}/ready`, { headers: { authorization: `Bearer ${service.primary}` } });
        return [ready.status, await ready.json()];
      };
      await expect.poll(readiness, { timeout: 10_000, interval: 20 }).toEqual([503, { name: service.name, ready: false }]);
      expect((await grpcClient.call("ModelReady", { name: service.name }, service.primary)).response).toEqual({ ready: false });
      const rest = await inferRest({ body: bytesInput([dog64()]) });
      expect([rest.status, rest.body.code]).toEqual([503, "unavailable"]);
      expect((await inferGrpc({ inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [dog] } }] })).code).toBe(UNAVAILABLE);
    } finally {
      await reflash(null);
    }
  });
});
