import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import sharp from "sharp";

// A v2 client that knows only the wire facts (PROTOCOLS.md): its own copy of the proto
// (tests/protos/v2client), fetch for REST, and the byte layouts written out here. It
// imports nothing of the server's, so a drift in our protos or translation shows.

const definition = protoLoader.loadSync("v2client/open_inference_v2.proto", {
  includeDirs: [path.join(import.meta.dirname, "protos")],
  keepCase: true,
  longs: Number,
  defaults: true,
  oneofs: true,
});
const Service = (grpc.loadPackageDefinition(definition) as unknown as { inference: { GRPCInferenceService: grpc.ServiceClientConstructor } }).inference.GRPCInferenceService;

export type GrpcAnswer = { response: Record<string, unknown>; trailers: grpc.Metadata };

/** Calls one method; resolves with the reply and trailers, rejects with the grpc ServiceError. */
export function v2GrpcClient(address: string) {
  const client = new Service(address, grpc.credentials.createInsecure());
  const call = (method: string, request: object, key?: string): Promise<GrpcAnswer> =>
    new Promise((resolve, reject) => {
      const metadata = new grpc.Metadata();
      if (key) metadata.set("authorization", `Bearer ${key}`);
      // grpc-js calls back before it emits the status that carries the trailers: settle on the status.
      let outcome: { error: grpc.ServiceError | null; response: Record<string, unknown> } | undefined;
      const pending = (client[method] as (r: object, m: grpc.Metadata, o: object, cb: (e: grpc.ServiceError | null, r: Record<string, unknown>) => void) => grpc.ClientUnaryCall)(
        request,
        metadata,
        { deadline: Date.now() + 30_000 },
        (error, response) => (outcome = { error, response }),
      );
      pending.on("status", (status: grpc.StatusObject) => setImmediate(() => (outcome?.error ? reject(outcome.error) : resolve({ response: outcome!.response, trailers: status.metadata }))));
    });
  return { call, close: () => client.close() };
}

/** The gRPC status a call ended with (0 when it succeeded). */
export async function grpcCode(promise: Promise<unknown>): Promise<{ code: number; details: string }> {
  try {
    await promise;
    return { code: 0, details: "" };
  } catch (error) {
    const { code, details } = error as grpc.ServiceError;
    return { code, details };
  }
}

/** A BYTES tensor in raw_input_contents: each element a 4-byte little-endian length, then its bytes. */
export function lengthPrefixed(elements: Buffer[]): Buffer {
  return Buffer.concat(elements.flatMap((e) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(e.length);
    return [length, e];
  }));
}

export function fp32ToRaw(values: Float32Array): Buffer {
  const raw = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => raw.writeFloatLE(v, i * 4));
  return raw;
}

export function fp32FromRaw(raw: Buffer): Float32Array {
  return Float32Array.from({ length: raw.length / 4 }, (_, i) => raw.readFloatLE(i * 4));
}

/** Class indices by falling probability, the first k. */
export function topIndices(values: ArrayLike<number>, k = 5): number[] {
  return Array.from(values, (p, i) => [p, i] as const).sort((a, b) => b[0] - a[0]).slice(0, k).map(([, i]) => i);
}

/**
 * The dog as the Caffe2 SqueezeNet takes it (its model card): shorter side to 256,
 * centre crop 224×224, BGR planes (NCHW) of raw 0–255 values. The client's own
 * preprocessing, with sharp, not the server's.
 */
export async function caffe2Tensor(image: Buffer): Promise<Float32Array> {
  const meta = await sharp(image).metadata();
  const scale = 256 / Math.min(meta.width, meta.height);
  const [w, h] = [Math.round(meta.width * scale), Math.round(meta.height * scale)];
  const { data } = await sharp(image)
    .resize(w, h, { fit: "fill" })
    .extract({ left: Math.floor((w - 224) / 2), top: Math.floor((h - 224) / 2), width: 224, height: 224 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const plane = 224 * 224;
  const tensor = new Float32Array(3 * plane);
  for (let p = 0; p < plane; p++) for (let c = 0; c < 3; c++) tensor[(2 - c) * plane + p] = data[p * 3 + c];
  return tensor;
}
