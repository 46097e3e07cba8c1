import { readFile } from "node:fs/promises";
import * as grpc from "@grpc/grpc-js";
import { env } from "@/lib/env";
import type { GrpcContext } from "./grpc-context";
import { addInferenceService } from "./inference-service";
import { addTfServingServices } from "./tf-serving-service";

// A node's gRPC server: TF Serving (PredictionService, ModelService) and the Open
// Inference Protocol v2 on one port, as Azure's images and Triton each served theirs.
// TLS when the operator gives a certificate and key, so service keys need not travel in
// clear text; insecure otherwise (loopback by default).

export type GrpcHost = { address: string; tls: boolean; close: () => Promise<void> };

export async function startGrpcHost(options: { host: string; port: number; context: GrpcContext }): Promise<GrpcHost> {
  const { GRPC_TLS_CERT_FILE: certFile, GRPC_TLS_KEY_FILE: keyFile, GRPC_MAX_RECEIVE_BYTES } = env();
  const server = new grpc.Server({ "grpc.max_receive_message_length": GRPC_MAX_RECEIVE_BYTES });
  addTfServingServices(server, options.context);
  addInferenceService(server, options.context);
  const tls = Boolean(certFile && keyFile);
  const credentials = tls
    ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: await readFile(certFile!), private_key: await readFile(keyFile!) }], false)
    : grpc.ServerCredentials.createInsecure();
  const bindHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  const port = await new Promise<number>((resolve, reject) => server.bindAsync(`${bindHost}:${options.port}`, credentials, (error, bound) => (error ? reject(error) : resolve(bound))));
  // A wildcard address is not one a client can dial; this machine's clients reach it on loopback.
  const advertised = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
  return {
    address: `${advertised.includes(":") ? `[${advertised}]` : advertised}:${port}`,
    tls,
    close: () => new Promise<void>((resolve) => {
      // Let calls in flight finish, but not for ever: a stuck client must not hold the stop.
      const force = setTimeout(() => server.forceShutdown(), 5_000);
      force.unref();
      server.tryShutdown(() => (clearTimeout(force), resolve()));
    }),
  };
}
