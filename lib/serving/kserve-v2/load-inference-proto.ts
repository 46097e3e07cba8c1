import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";

// Our own inference/grpc_predict_v2.proto (written from PROTOCOLS.md's field numbers),
// read at run time from the repository root as the TF Serving protos are: the worker's
// bundle cannot carry .proto files.

let service: grpc.ServiceDefinition | undefined;

export function loadInferenceService(): grpc.ServiceDefinition {
  if (service) return service;
  const definition = protoLoader.loadSync("inference/grpc_predict_v2.proto", {
    includeDirs: [path.join(process.cwd(), "lib/serving/protos")],
    keepCase: true,
    longs: Number,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const tree = grpc.loadPackageDefinition(definition) as unknown as { inference: Record<string, grpc.ServiceClientConstructor> };
  service = tree.inference.GRPCInferenceService.service;
  return service;
}
