import type * as grpc from "@grpc/grpc-js";
import { inferV2 } from "@/lib/serving/kserve-v2/infer-v2";
import { loadInferenceService } from "@/lib/serving/kserve-v2/load-inference-proto";
import { readV2ModelMetadata, readV2ModelReady } from "@/lib/serving/kserve-v2/model-metadata";
import { readGrpcInferRequest, type GrpcModelInferRequest } from "@/lib/serving/kserve-v2/read-grpc-request";
import { TIMINGS_HEADER, V2_SERVER_METADATA } from "@/lib/serving/kserve-v2/server-metadata";
import { toGrpcInferResponse } from "@/lib/serving/kserve-v2/to-grpc-response";
import type { GrpcContext } from "./grpc-context";
import { checkWellFormed, withTolerantDeserialize } from "./tolerant-service";
import { unary } from "./unary-handler";

// The Open Inference Protocol v2 over gRPC (inference.GRPCInferenceService; PROTOCOLS.md),
// what Triton's and KServe's gRPC clients call. Each method only translates: the model is
// the service's name, and lib/serving/kserve-v2 does the rest for REST and gRPC alike.

const PATH = "/inference.GRPCInferenceService";

type ModelRequest = { name: string; version: string };

export function addInferenceService(server: grpc.Server, context: GrpcContext): void {
  const model = (request: ModelRequest, authorization: string | undefined, messageName: string) => {
    checkWellFormed(request, messageName);
    return { name: request.name, version: request.version || undefined, authorization, workerId: context.workerId };
  };
  server.addService(withTolerantDeserialize(loadInferenceService()), {
    ServerLive: unary(`${PATH}/ServerLive`, async () => ({ response: { live: true } })),
    ServerReady: unary(`${PATH}/ServerReady`, async () => ({ response: { ready: context.isReady() } })),
    ServerMetadata: unary(`${PATH}/ServerMetadata`, async () => ({ response: V2_SERVER_METADATA })),
    ModelReady: unary<ModelRequest, object>(`${PATH}/ModelReady`, async (request, info) => {
      const { ready } = await readV2ModelReady(model(request, info.authorization, "ModelReadyRequest"));
      return { response: { ready } };
    }),
    ModelMetadata: unary<ModelRequest, object>(`${PATH}/ModelMetadata`, async (request, info) => ({
      response: await readV2ModelMetadata(model(request, info.authorization, "ModelMetadataRequest")),
    })),
    ModelInfer: unary<GrpcModelInferRequest, object>(`${PATH}/ModelInfer`, async (request, info) => {
      const receivedAt = performance.now();
      checkWellFormed(request, "ModelInferRequest");
      const result = await inferV2({ request: readGrpcInferRequest(request), authorization: info.authorization, workerId: context.workerId, receivedAt });
      const isRaw = (request.raw_input_contents ?? []).length > 0;
      return { response: toGrpcInferResponse({ result, isRaw }), trailers: { [TIMINGS_HEADER]: result.timings } };
    }),
  });
}
