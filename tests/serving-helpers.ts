import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { afterAll, beforeAll } from "vitest";
import { disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { SQUEEZENET, uniqueName } from "./helpers";
import { api, uploadModel, waitForState } from "./pipeline-helpers";

// Protocol tests' common parts: a service deployed end to end through the API on the
// in-process worker, and a TF Serving gRPC client built only from tests/protos (the wire
// facts of PROTOCOLS.md), sharing nothing with the server.

/**
 * Registers the hooks that start a worker (any free ports) and deploy one service before a
 * file's tests, and stop them after; the returned object is filled in by then.
 */
export function withDeployedService(settings: Parameters<typeof setEnv>[0] = {}) {
  const state = {} as { worker: StartedWorker; svc: DeployedService };
  beforeAll(async () => {
    setEnv({ COMPUTE_PROVISION_SECONDS: "0", FPGA_REFLASH_SECONDS: "0.2", ...settings });
    state.worker = await startWorker({ httpPort: 0, grpcPort: 0, log: () => undefined });
    state.svc = await deployScoringService();
  }, 180_000);
  afterAll(async () => {
    await state.worker?.stop();
    await disconnectDb();
  });
  return state;
}

export type DeployedService = { name: string; compute: string; model: string; keys: { primary: string; secondary: string }; service: Record<string, unknown> & { grpcAddress: string; scoringUri: string } };

export async function deployScoringService(): Promise<DeployedService> {
  const base = uniqueName("tfs");
  const source = await uploadModel({ name: base, path: SQUEEZENET });
  const requested = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t) => t.name), outputTensors: source.outputs.map((t) => t.name), precision: "ms-fp9" });
  if (requested.status !== 202) throw new Error(`convert: ${JSON.stringify(requested.body)}`);
  await waitForState(() => api.conversion(requested.body.id), ["Succeeded"], 120_000);
  await api.buildImage({ name: `${base}-img`, model: `${base}-accel`, version: 1 });
  await waitForState(() => api.image(`${base}-img`, 1), ["Succeeded"]);
  const compute = uniqueName("c").slice(0, 16);
  await api.createCompute({ name: compute, agentCount: 1, region: "westus2" });
  await waitForState(() => api.compute(compute), ["Succeeded"]);
  const deployed = await api.deploy({ name: `${base}-svc`, image: { name: `${base}-img`, version: 1 }, compute, replicas: 1, authEnabled: true });
  if (deployed.status !== 202) throw new Error(`deploy: ${JSON.stringify(deployed.body)}`);
  const healthy = (await waitForState(() => api.service(`${base}-svc`), ["Healthy"])).body;
  return { name: `${base}-svc`, compute, model: `${base}-accel`, keys: deployed.body.keys, service: healthy };
}

type Callback<T> = (error: grpc.ServiceError | null, response: T) => void;
type UnaryMethod = (request: object, metadata: grpc.Metadata, callback: Callback<unknown>) => grpc.ClientUnaryCall;
export type TfClient = grpc.Client & { Predict: UnaryMethod; GetModelMetadata: UnaryMethod };
export type StatusClient = grpc.Client & { GetModelStatus: UnaryMethod };

const definition = protoLoader.loadSync(["tensorflow_serving/serving.proto"], {
  includeDirs: [path.join(import.meta.dirname, "protos")],
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
});
const tree = grpc.loadPackageDefinition(definition) as unknown as { tensorflow: { serving: Record<string, grpc.ServiceClientConstructor> } };

export function tfClients(address: string, credentials = grpc.credentials.createInsecure(), options: grpc.ClientOptions = {}) {
  return {
    prediction: new tree.tensorflow.serving.PredictionService(address, credentials, options) as unknown as TfClient,
    models: new tree.tensorflow.serving.ModelService(address, credentials, options) as unknown as StatusClient,
  };
}

/** Decodes the bytes of a message of the client's protos (the SignatureDefMap inside an Any). */
export function decodeClientMessage(type: string, bytes: Buffer) {
  return (definition[type] as protoLoader.MessageTypeDefinition<object, object>).deserialize(bytes);
}

export type CallResult<T> = { error: grpc.ServiceError | null; response: T; trailers: grpc.Metadata | null };

/** One unary call, resolving with its error or response and its trailing metadata. */
export function invoke<T>(method: UnaryMethod, client: grpc.Client, request: object, metadata: Record<string, string | Buffer> = {}): Promise<CallResult<T>> {
  const md = new grpc.Metadata();
  for (const [key, value] of Object.entries(metadata)) md.set(key, value);
  return new Promise((resolve) => {
    let trailers: grpc.Metadata | null = null;
    let outcome: { error: grpc.ServiceError | null; response: T } | undefined;
    const call = method.call(client, request, md, (error, response) => {
      outcome = { error, response: response as T };
      if (trailers || error) resolve({ ...outcome, trailers: trailers ?? error?.metadata ?? null });
    });
    call.on("status", (status: grpc.StatusObject) => {
      trailers = status.metadata;
      if (outcome) resolve({ ...outcome, trailers });
    });
  });
}

/** A float tensor's values from either form TF Serving allows (PROTOCOLS.md). */
export function floatsOf(tensor: { tensor_content: Buffer; float_val: number[] }): number[] {
  if (tensor.tensor_content.length === 0) return tensor.float_val;
  const values: number[] = [];
  for (let i = 0; i < tensor.tensor_content.length; i += 4) values.push(tensor.tensor_content.readFloatLE(i));
  return values;
}
