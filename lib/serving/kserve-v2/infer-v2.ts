import { AppError } from "@/lib/errors";
import { scoreServiceWithProbabilities } from "@/lib/services/score-service";
import { detectionTensors } from "../detection-tensors";
import { assertVersion } from "./assert-version";
import { toScoringInput } from "./to-scoring-input";
import type { V2InferRequest, V2InferResult } from "./types";

/**
 * v2 `infer` on this node, for REST and gRPC alike: the request's one input goes to the
 * one scoring service (lib/services/score-service.ts), which checks the key and the
 * service's state; the answer is the whole softmax as one FP32 output of shape [1, N], or
 * a detector's detection tensors (lib/serving/detection-tensors.ts).
 */
export async function inferV2(options: { request: V2InferRequest; authorization?: string; workerId: string; receivedAt?: number }): Promise<V2InferResult> {
  const { request } = options;
  const input = toScoringInput(request.inputs);
  const scored = await scoreServiceWithProbabilities({ name: request.modelName, ...input, authorization: options.authorization, workerId: options.workerId, receivedAt: options.receivedAt });
  const version = String(scored.response.model.version);
  // Checked after scoring rather than by opening the service twice: a wrong version is
  // rare, an extra read on every request is not.
  assertVersion({ name: request.modelName, requested: request.modelVersion, served: version });
  const { timings, simulated } = scored.response;
  const common = { modelName: request.modelName, modelVersion: version, id: request.id, timings: toAsciiJson({ timings, simulated }) };
  if (scored.response.task === "detection") {
    const tensors = detectionTensors(scored.response, request.outputNames);
    return { ...common, outputs: tensors.map((t) => ({ name: t.name, datatype: "FP32", shape: t.dims, values: t.values })) };
  }
  if (request.outputNames.length > 1) {
    throw new AppError("validation_failed", `The request asks for ${request.outputNames.length} outputs; this service has one (the class probabilities).`);
  }
  const values = Float32Array.from(scored.probabilities);
  return { ...common, outputs: [{ name: request.outputNames[0] ?? scored.outputs[0]?.name ?? "probabilities", datatype: "FP32", shape: [1, values.length], values }] };
}

/** JSON with every non-ASCII character escaped: it travels as an HTTP header and gRPC trailer, which take ASCII only. */
function toAsciiJson(value: object): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
