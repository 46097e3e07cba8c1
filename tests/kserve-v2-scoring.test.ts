import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { IMAGES_DIR } from "./helpers";
import { caffe2Tensor, fp32FromRaw, fp32ToRaw, lengthPrefixed, topIndices, v2GrpcClient } from "./kserve-v2-client";
import { deploySqueezenetService, type DeployedService } from "./kserve-v2-helpers";

// The Open Inference Protocol v2 on a node, REST and gRPC, as KServe's and Triton's
// clients call it: the dog scores golden retriever first, with the same top-5 as the
// service's scoring URI, whichever way the image or tensor travels.

let worker: StartedWorker;
let service: DeployedService;
let grpcClient: ReturnType<typeof v2GrpcClient>;
let reference: { index: number; label: string }[];
let tensor: Float32Array;
const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));
const model = () => `${worker.scoringUrl}/v2/models/${service.name}`;
const auth = () => ({ authorization: `Bearer ${service.primary}` });

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0.2", FPGA_REFLASH_SECONDS: "0.2" });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  service = await deploySqueezenetService("v2s");
  grpcClient = v2GrpcClient(worker.grpcAddress!);
  const scored = await fetch(service.scoringUri, { method: "POST", body: dog, headers: { ...auth(), "content-type": "image/jpeg" } });
  reference = (await scored.json()).top;
  expect(reference[0].label.toLowerCase()).toBe("golden retriever");
  tensor = await caffe2Tensor(dog);
});
afterAll(async () => {
  grpcClient?.close();
  await worker?.stop();
  await disconnectDb();
});

const referenceTop = () => reference.map((c) => c.index);

describe("v2 REST", () => {
  it("answers health, server metadata, model metadata and model ready", async () => {
    expect(await (await fetch(`${worker.scoringUrl}/v2/health/live`)).json()).toEqual({ live: true });
    const server = await fetch(`${worker.scoringUrl}/v2`);
    expect(server.status).toBe(200);
    expect(await server.json()).toMatchObject({ name: "accel-studio", extensions: [] });
    for (const url of [model(), `${model()}/versions/1`]) {
      const metadata = await fetch(url, { headers: auth() });
      expect(metadata.status).toBe(200);
      expect(await metadata.json()).toEqual({
        name: service.name,
        versions: ["1"],
        platform: "onnxruntime_onnx",
        inputs: [{ name: "data_0", datatype: "FP32", shape: [1, 3, 224, 224] }],
        outputs: [{ name: "softmaxout_1", datatype: "FP32", shape: [1, 1000] }],
      });
    }
    const ready = await fetch(`${model()}/ready`, { headers: auth() });
    expect([ready.status, await ready.json()]).toEqual([200, { name: service.name, ready: true }]);
    const otherVersion = await fetch(`${model()}/versions/7/ready`, { headers: auth() });
    expect([otherVersion.status, (await otherVersion.json()).code]).toEqual([404, "not_found"]);
  });

  it("scores a base64 BYTES image and an FP32 tensor: golden retriever first, the scoring URI's top-5", async () => {
    const bytes = await fetch(`${model()}/infer`, {
      method: "POST",
      headers: { ...auth(), "content-type": "application/json" },
      body: JSON.stringify({ id: "dog-1", inputs: [{ name: "image", shape: [1], datatype: "BYTES", data: [dog.toString("base64")] }] }),
    });
    const answer = await bytes.json();
    expect(bytes.status, JSON.stringify(answer)).toBe(200);
    expect(answer).toMatchObject({ model_name: service.name, model_version: "1", id: "dog-1" });
    expect(answer.outputs).toHaveLength(1);
    expect(answer.outputs[0]).toMatchObject({ name: "softmaxout_1", datatype: "FP32", shape: [1, 1000] });
    expect(topIndices(answer.outputs[0].data)).toEqual(referenceTop());
    const timings = JSON.parse(bytes.headers.get("x-accel-timings")!);
    expect(timings.timings.inferenceMs).toBeGreaterThan(0);
    expect(timings.simulated[0].totalMs).toBeGreaterThan(0);
    expect(JSON.parse(answer.parameters.accel_timings)).toEqual(timings);

    const fp32 = await fetch(`${model()}/versions/1/infer`, {
      method: "POST",
      headers: { ...auth(), "content-type": "application/json" },
      body: JSON.stringify({ inputs: [{ name: "data_0", shape: [1, 3, 224, 224], datatype: "FP32", data: Array.from(tensor) }], outputs: [{ name: "probs" }] }),
    });
    const fromTensor = await fp32.json();
    expect(fp32.status, JSON.stringify(fromTensor).slice(0, 500)).toBe(200);
    expect(fromTensor.outputs[0].name).toBe("probs");
    expect(topIndices(fromTensor.outputs[0].data)[0]).toBe(reference[0].index);
  });
});

describe("v2 gRPC", () => {
  it("answers ServerLive, ServerReady, ServerMetadata, ModelMetadata and ModelReady", async () => {
    expect((await grpcClient.call("ServerLive", {})).response).toEqual({ live: true });
    expect((await grpcClient.call("ServerReady", {})).response).toEqual({ ready: true });
    expect((await grpcClient.call("ServerMetadata", {})).response).toMatchObject({ name: "accel-studio", extensions: [] });
    expect((await grpcClient.call("ModelReady", { name: service.name }, service.secondary)).response).toEqual({ ready: true });
    const { response } = await grpcClient.call("ModelMetadata", { name: service.name, version: "1" }, service.primary);
    expect(response).toEqual({
      name: service.name,
      versions: ["1"],
      platform: "onnxruntime_onnx",
      inputs: [{ name: "data_0", datatype: "FP32", shape: [1, 3, 224, 224] }],
      outputs: [{ name: "softmaxout_1", datatype: "FP32", shape: [1, 1000] }],
    });
  });

  it.each([
    ["BYTES in contents", { inputs: [{ name: "images", datatype: "BYTES", shape: [1], contents: { bytes_contents: [dog] } }] }],
    ["BYTES in raw_input_contents", { inputs: [{ name: "images", datatype: "BYTES", shape: [1] }], raw_input_contents: [lengthPrefixed([dog])] }],
  ])("scores the dog sent as %s: the scoring URI's top-5", async (_form, request) => {
    const { response, trailers } = await grpcClient.call("ModelInfer", { model_name: service.name, id: "g-1", ...request }, service.primary);
    const values = readOutput(response);
    expect(response).toMatchObject({ model_name: service.name, model_version: "1", id: "g-1" });
    expect(topIndices(values)).toEqual(referenceTop());
    const timings = JSON.parse(trailers.get("x-accel-timings")[0] as string);
    expect(timings.simulated[0].totalMs).toBeGreaterThan(0);
    expect((response.parameters as Record<string, { string_param: string }>).accel_timings.string_param).toBe(JSON.stringify(timings));
  });

  it("scores a preprocessed FP32 tensor in contents and in raw_input_contents alike", async () => {
    const input = { name: "data_0", datatype: "FP32", shape: [1, 3, 224, 224] };
    const inContents = await grpcClient.call("ModelInfer", { model_name: service.name, inputs: [{ ...input, contents: { fp32_contents: Array.from(tensor) } }] }, service.primary);
    const inRaw = await grpcClient.call("ModelInfer", { model_name: service.name, model_version: "1", inputs: [input], raw_input_contents: [fp32ToRaw(tensor)] }, service.primary);
    expect(topIndices(readOutput(inContents.response))[0]).toBe(reference[0].index);
    expect(topIndices(readOutput(inRaw.response))).toEqual(topIndices(readOutput(inContents.response)));
    expect(inRaw.response.raw_output_contents).toHaveLength(1); // raw in, raw out (as Triton answers)
  });
});

/** The one output's values, from raw_output_contents or contents, as a v2 client reads either. */
function readOutput(response: Record<string, unknown>): Float32Array {
  const outputs = response.outputs as { name: string; shape: number[]; contents: { fp32_contents: number[] } | null }[];
  expect(outputs).toHaveLength(1);
  expect(outputs[0]).toMatchObject({ name: "softmaxout_1", datatype: "FP32", shape: [1, 1000] });
  const raw = response.raw_output_contents as Buffer[];
  return raw.length ? fp32FromRaw(raw[0]) : Float32Array.from(outputs[0].contents!.fp32_contents);
}
