import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { preprocessImage } from "@/lib/scoring";
import { resolveModelVersion } from "@/lib/scoring/resolve-model-version";
import { startGrpcHost } from "@/worker/grpc/start-grpc-host";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { IMAGES_DIR, SHARED } from "./helpers";
import { api } from "./pipeline-helpers";
import { decodeClientMessage, deployScoringService, floatsOf, invoke, tfClients, type DeployedService } from "./serving-helpers";

// TF Serving over gRPC on a node, called by a client built only from tests/protos (the
// wire facts of PROTOCOLS.md), exactly as Azure's accelerated-model clients called it.

const MAX_RECEIVE = 1024 * 1024;
const dog = readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"));
const labels: string[] = JSON.parse(readFileSync(path.join(SHARED, "labels/imagenet-simple-labels.json"), "utf8"));
const ROUTE = "x-ms-aml-grpc-service-route";

let worker: StartedWorker;
let svc: DeployedService;
let clients: ReturnType<typeof tfClients>;

beforeAll(async () => {
  setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2", GRPC_MAX_RECEIVE_BYTES: String(MAX_RECEIVE) });
  worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
  svc = await deployScoringService();
  clients = tfClients(svc.service.grpcAddress);
}, 180_000);
afterAll(async () => {
  clients?.prediction.close();
  clients?.models.close();
  await worker?.stop();
  await disconnectDb();
  setEnv({ GRPC_MAX_RECEIVE_BYTES: undefined });
});

type Tensor = { dtype: string; tensor_shape: { dim: { size: number }[] }; tensor_content: Buffer; float_val: number[] };
type Predicted = { outputs: Record<string, Tensor>; model_spec: { name: string; version: { value: number } } };

const auth = () => ({ authorization: `Bearer ${svc.keys.primary}` });
const imageTensor = (values: Buffer[], dims = [1]) => ({ dtype: "DT_STRING", tensor_shape: { dim: dims.map((size) => ({ size })) }, string_val: values });
const predict = (request: object, metadata: Record<string, string> = { ...auth(), [ROUTE]: `/api/v1/service/${svc.name}` }) => invoke<Predicted>(clients.prediction.Predict, clients.prediction, request, metadata);
const top1 = (tensor: Tensor) => {
  const values = floatsOf(tensor);
  return labels[values.indexOf(Math.max(...values))];
};

describe("TF Serving PredictionService over gRPC", () => {
  it("scores winml_dog.jpg as Azure's PredictionClient.score_file did: metadata route, Bearer key, images input, output_alias", async () => {
    expect(svc.service.grpcAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(svc.service.grpcTls).toBe(false);
    const { error, response, trailers } = await predict({ inputs: { images: imageTensor([dog]) } });
    expect(error).toBeNull();
    const scores = response.outputs.output_alias;
    expect(scores.dtype).toBe("DT_FLOAT");
    expect(scores.tensor_shape.dim.map((d) => d.size)).toEqual([1, 1000]);
    expect(top1(scores)).toBe("Golden Retriever");
    expect(floatsOf(scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(response.model_spec).toMatchObject({ name: svc.name, version: { value: 1 } });
    const timings = JSON.parse(trailers!.get("x-accel-timings")[0].toString());
    expect(timings.timings.serverMs).toBeGreaterThan(0);
    expect(timings.simulated[0].totalMs).toBeGreaterThan(0);
  });

  it("takes the model's input name (Placeholder:0) routed by model_spec.name, answering the output asked for", async () => {
    const { error, response } = await predict({ model_spec: { name: svc.name }, inputs: { "Placeholder:0": imageTensor([dog]) }, output_filter: ["classifier/probs:0"] }, auth());
    expect(error).toBeNull();
    expect(Object.keys(response.outputs)).toEqual(expect.arrayContaining(["classifier/probs:0", "output_alias"]));
    expect(top1(response.outputs["classifier/probs:0"])).toBe("Golden Retriever");
  });

  it("scores a preprocessed DT_FLOAT tensor sent in tensor_content and in float_val", async () => {
    const model = await resolveModelVersion({ name: svc.model, version: 1 });
    const { tensor } = await preprocessImage({ input: dog, spec: model.preprocessing });
    const values = tensor.data as Float32Array;
    const shape = { dim: tensor.dims.map((size) => ({ size })) };
    const packed = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    const viaContent = await predict({ inputs: { input: { dtype: "DT_FLOAT", tensor_shape: shape, tensor_content: packed } } });
    expect(viaContent.error).toBeNull();
    expect(top1(viaContent.response.outputs.output_alias)).toBe("Golden Retriever");
    const viaValues = await predict({ inputs: { input: { dtype: "DT_FLOAT", tensor_shape: shape, float_val: Array.from(values) } } });
    expect(viaValues.error).toBeNull();
    expect(floatsOf(viaValues.response.outputs.output_alias)).toEqual(floatsOf(viaContent.response.outputs.output_alias));
  });

  it("describes the signature (GetModelMetadata) and the version's state (GetModelStatus)", async () => {
    const metadata = await invoke<{ model_spec: { name: string }; metadata: Record<string, { type_url: string; value: Buffer }> }>(
      clients.prediction.GetModelMetadata, clients.prediction, { model_spec: { name: svc.name }, metadata_field: ["signature_def"] }, auth());
    expect(metadata.error).toBeNull();
    expect(metadata.response.metadata.signature_def.type_url).toBe("type.googleapis.com/tensorflow.serving.SignatureDefMap");
    const map = decodeClientMessage("tensorflow.serving.SignatureDefMap", metadata.response.metadata.signature_def.value) as { signature_def: Record<string, { inputs: Record<string, { dtype: number }>; outputs: Record<string, { tensor_shape: { dim: { size: string }[] } }> }> };
    const serving = map.signature_def.serving_default;
    expect(Object.keys(serving.inputs)).toEqual(["images"]);
    expect(serving.inputs.images.dtype).toBe("DT_STRING");
    expect(serving.outputs.output_alias.tensor_shape.dim.map((d) => Number(d.size))).toEqual([1, 1000]);

    const status = await invoke<{ model_version_status: { version: number; state: string; status: { error_code: number } }[] }>(clients.models.GetModelStatus, clients.models, {}, { ...auth(), [ROUTE]: `/api/v1/service/${svc.name}` });
    expect(status.error).toBeNull();
    expect(status.response.model_version_status).toEqual([{ version: 1, state: "AVAILABLE", status: { error_code: 0, error_message: "" } }]);
  });
});

describe("TF Serving over gRPC with TLS", () => {
  it("serves a client that trusts the node's certificate, and the service says TLS is on", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "grpc-tls-"));
    const [cert, key] = [path.join(dir, "cert.pem"), path.join(dir, "key.pem")];
    await promisify(execFile)("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]);
    setEnv({ GRPC_TLS_CERT_FILE: cert, GRPC_TLS_KEY_FILE: key });
    // A second gRPC host of this worker's node, as a node started with the TLS files would run.
    const host = await startGrpcHost({ host: "127.0.0.1", port: 0, context: { workerId: worker.id, isReady: () => true } });
    const secure = tfClients(host.address, grpc.credentials.createSsl(readFileSync(cert)));
    try {
      expect(host.tls).toBe(true);
      expect((await api.service(svc.name)).body.grpcTls).toBe(true);
      const { error, response } = await invoke<Predicted>(secure.prediction.Predict, secure.prediction, { inputs: { images: imageTensor([dog]) } }, { ...auth(), [ROUTE]: `/api/v1/service/${svc.name}` });
      expect(error).toBeNull();
      expect(top1(response.outputs.output_alias)).toBe("Golden Retriever");
      // A client speaking plain text to the TLS port gets no answer it could take for one.
      const plain = tfClients(host.address);
      const refused = await invoke(plain.prediction.Predict, plain.prediction, { inputs: { images: imageTensor([dog]) } }, { ...auth(), [ROUTE]: `/api/v1/service/${svc.name}` });
      plain.prediction.close();
      expect(refused.error?.code).toBe(grpc.status.UNAVAILABLE);
    } finally {
      secure.prediction.close();
      await host.close();
      setEnv({ GRPC_TLS_CERT_FILE: undefined, GRPC_TLS_KEY_FILE: undefined });
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("TF Serving gRPC requests that cannot be served", () => {
  const expectStatus = async (call: Promise<{ error: grpc.ServiceError | null }>, code: grpc.status, message?: RegExp) => {
    const { error } = await call;
    expect(error?.code, error?.details).toBe(code);
    if (message) expect(error?.details).toMatch(message);
  };

  it("answers INVALID_ARGUMENT to a malformed protobuf message", async () => {
    const client = new grpc.Client(svc.service.grpcAddress, grpc.credentials.createInsecure());
    const garbage = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    const error = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest("/tensorflow.serving.PredictionService/Predict", (b: Buffer) => b, (b: Buffer) => b, garbage, new grpc.Metadata(), (e) => resolve(e)));
    client.close();
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.details).toMatch(/not a valid PredictRequest/);
  });

  it("answers INVALID_ARGUMENT to a wrong dtype, a wrong shape, an empty string_val, two images and a file that is no image", async () => {
    await expectStatus(predict({ inputs: { images: { dtype: "DT_INT32", tensor_shape: { dim: [{ size: 1 }] }, int_val: [1] } } }), grpc.status.INVALID_ARGUMENT, /DT_INT32/);
    await expectStatus(predict({ inputs: { images: { dtype: "DT_FLOAT", tensor_shape: { dim: [{ size: 1 }, { size: 3 }, { size: 8 }, { size: 8 }] }, float_val: new Array(192).fill(0) } } }), grpc.status.INVALID_ARGUMENT, /shape \[1, 3, 8, 8\]/);
    await expectStatus(predict({ inputs: { images: imageTensor([dog], [2]) } }), grpc.status.INVALID_ARGUMENT, /shape \[2\]/);
    await expectStatus(predict({ inputs: { images: imageTensor([]) } }), grpc.status.INVALID_ARGUMENT, /string_val is empty/);
    await expectStatus(predict({ inputs: { images: imageTensor([dog, dog]) } }), grpc.status.INVALID_ARGUMENT, /2 images/);
    await expectStatus(predict({ inputs: { images: imageTensor([Buffer.from("not an image at all")]) } }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(predict({ inputs: {} }), grpc.status.INVALID_ARGUMENT, /exactly one input/);
  });

  it("answers RESOURCE_EXHAUSTED to a message over the maximum receive size", async () => {
    await expectStatus(predict({ inputs: { images: imageTensor([Buffer.alloc(MAX_RECEIVE + 1024, 1)]) } }), grpc.status.RESOURCE_EXHAUSTED);
  });

  it("answers UNAUTHENTICATED without a key, PERMISSION_DENIED for a wrong one, NOT_FOUND for an unknown service", async () => {
    const route = { [ROUTE]: `/api/v1/service/${svc.name}` };
    await expectStatus(predict({ inputs: { images: imageTensor([dog]) } }, route), grpc.status.UNAUTHENTICATED);
    await expectStatus(predict({ inputs: { images: imageTensor([dog]) } }, { ...route, authorization: "Bearer not-a-key" }), grpc.status.PERMISSION_DENIED);
    await expectStatus(predict({ inputs: { images: imageTensor([dog]) } }, { ...auth(), [ROUTE]: "/api/v1/service/no-such-service" }), grpc.status.NOT_FOUND);
    await expectStatus(predict({ model_spec: { name: svc.name, version: { value: 7 } }, inputs: { images: imageTensor([dog]) } }, auth()), grpc.status.NOT_FOUND, /version 1/);
  });

  it("answers UNAVAILABLE while the node's FPGA is reflashed, and reports the version LOADING", async () => {
    await db.computeNode.updateMany({ where: { compute: { name: svc.compute } }, data: { reflashUntil: new Date(Date.now() + 60_000) } });
    try {
      // The node sees the change when Postgres' notification of it arrives (lib/db/notified-cache.ts): waited for, not raced.
      const state = async () => (await invoke<{ model_version_status: { state: string }[] }>(clients.models.GetModelStatus, clients.models, { model_spec: { name: svc.name } }, auth())).response.model_version_status[0].state;
      await expect.poll(state, { timeout: 10_000, interval: 20 }).toBe("LOADING");
      await expectStatus(predict({ inputs: { images: imageTensor([dog]) } }), grpc.status.UNAVAILABLE, /being reflashed/);
    } finally {
      await db.computeNode.updateMany({ where: { compute: { name: svc.compute } }, data: { reflashUntil: null } });
    }
  });

  it("keeps serving good requests while bad ones arrive", async () => {
    const good = Array.from({ length: 8 }, () => predict({ inputs: { images: imageTensor([dog]) } }));
    const bad = Array.from({ length: 8 }, (_, i) => predict({ inputs: { images: i % 2 ? imageTensor([]) : imageTensor([Buffer.from("garbage")]) } }));
    const [goods, bads] = await Promise.all([Promise.all(good), Promise.all(bad)]);
    for (const { error, response } of goods) {
      expect(error).toBeNull();
      expect(top1(response.outputs.output_alias)).toBe("Golden Retriever");
    }
    for (const { error } of bads) expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
  });
});
