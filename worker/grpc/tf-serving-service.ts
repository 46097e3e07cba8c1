import * as grpc from "@grpc/grpc-js";
import { AppError } from "@/lib/errors";
import { openServiceOnNode } from "@/lib/services/open-service-on-node";
import { decodeTensor } from "@/lib/serving/tf-serving/decode-tensor";
import { describeModel } from "@/lib/serving/tf-serving/describe-model";
import { encodeFloatTensor } from "@/lib/serving/tf-serving/encode-tensor";
import { encodeMessage, loadTfServingProtos } from "@/lib/serving/tf-serving/load-tf-serving-protos";
import { modelStatus } from "@/lib/serving/tf-serving/model-status";
import { routeService, SERVICE_ROUTE_METADATA } from "@/lib/serving/tf-serving/route-service";
import { checkModelVersion, scoreTfInput, timingsOf } from "@/lib/serving/tf-serving/score-tf-input";
import type { ModelSpec, PredictRequest, PredictResponse } from "@/lib/serving/tf-serving/types";
import type { GrpcContext } from "./grpc-context";
import { checkWellFormed, withTolerantDeserialize } from "./tolerant-service";
import { unary, type UnaryInfo } from "./unary-handler";

// TF Serving's PredictionService (Predict, GetModelMetadata) and ModelService
// (GetModelStatus) on a node, as Azure's accelerated-model clients call them
// (PROTOCOLS.md). Each method only translates to and from the one scoring service.

const SIGNATURE_DEF_MAP = "tensorflow.serving.SignatureDefMap";

type SpecRequest = { model_spec?: ModelSpec | null };

export function addTfServingServices(server: grpc.Server, context: GrpcContext): void {
  const { predictionService, modelService } = loadTfServingProtos();
  server.addService(withTolerantDeserialize(predictionService), {
    Predict: unary<PredictRequest, PredictResponse>("/tensorflow.serving.PredictionService/Predict", (request, info) => predict(request, info, context)),
    GetModelMetadata: unary<SpecRequest & { metadata_field?: string[] }, object>("/tensorflow.serving.PredictionService/GetModelMetadata", async (request, info) => {
      checkWellFormed(request, "GetModelMetadataRequest");
      const fields = request.metadata_field ?? [];
      const unknown = fields.filter((f) => f !== "signature_def");
      if (unknown.length) throw new AppError("validation_failed", `Metadata field(s) ${unknown.join(", ")} are not offered; ask for signature_def.`);
      const opened = await open(request, info, context);
      const described = describeModel(opened);
      const value = encodeMessage(SIGNATURE_DEF_MAP, { signature_def: described.signature_def });
      return { response: { model_spec: described.model_spec, metadata: { signature_def: { type_url: `type.googleapis.com/${SIGNATURE_DEF_MAP}`, value } } } };
    }),
  });
  server.addService(withTolerantDeserialize(modelService), {
    GetModelStatus: unary<SpecRequest, object>("/tensorflow.serving.ModelService/GetModelStatus", async (request, info) => {
      checkWellFormed(request, "GetModelStatusRequest");
      const opened = await open(request, info, context);
      return { response: { model_version_status: [modelStatus(opened)] } };
    }),
  });
}

async function predict(request: PredictRequest, info: UnaryInfo, context: GrpcContext) {
  const receivedAt = performance.now();
  checkWellFormed(request, "PredictRequest");
  const name = nameOf(request, info);
  const entries = Object.entries(request.inputs ?? {});
  if (entries.length !== 1) throw new AppError("validation_failed", `Send exactly one input (the image, or a preprocessed tensor); the request has ${entries.length}.`);
  const input = decodeTensor({ name: entries[0][0], tensor: entries[0][1] });
  const scored = await scoreTfInput({ name, input, authorization: info.authorization, workerId: context.workerId, version: versionOf(request.model_spec), requestedOutputs: request.output_filter, receivedAt });
  const scores = scored.tensors ? null : encodeFloatTensor({ values: scored.probabilities, dims: [1, scored.probabilities.length] });
  const response: PredictResponse = {
    outputs: scored.tensors
      ? Object.fromEntries(scored.tensors.map((t) => [t.name, encodeFloatTensor({ values: t.values, dims: t.dims })]))
      : Object.fromEntries(scored.outputNames.map((output) => [output, scores!])),
    model_spec: { name: scored.response.service.name, version: { value: scored.response.model.version }, signature_name: request.model_spec?.signature_name || "serving_default" },
  };
  return { response, trailers: { "x-accel-timings": timingsOf(scored.response) } };
}

async function open(request: SpecRequest, info: UnaryInfo, context: GrpcContext) {
  const opened = await openServiceOnNode({ name: nameOf(request, info), authorization: info.authorization, workerId: context.workerId });
  checkModelVersion({ name: opened.name, requested: versionOf(request.model_spec), served: opened.deployment.model.version });
  return opened;
}

function nameOf(request: SpecRequest, info: UnaryInfo): string {
  return routeService({ route: info.metadata.get(SERVICE_ROUTE_METADATA)[0]?.toString(), modelName: request.model_spec?.name });
}

function versionOf(spec: ModelSpec | null | undefined): number | undefined {
  return spec?.version ? Number(spec.version.value) : undefined;
}
