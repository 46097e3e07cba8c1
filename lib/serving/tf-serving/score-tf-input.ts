import { AppError } from "@/lib/errors";
import { scoreServiceWithProbabilities } from "@/lib/services/score-service";
import type { ServiceScoreResponse } from "@/lib/services/score-service";
import { detectionTensors } from "../detection-tensors";
import type { ScoringInput } from "./decode-tensor";

// The name Azure's older clients read the scores under, whatever the model calls its output.
export const OUTPUT_ALIAS = "output_alias";

/**
 * One TF Serving predict (gRPC or REST) on this node: the one scoring service, then the
 * version check TF Serving does (a version the service does not run is NOT_FOUND) and the
 * names the scores answer under — the ones asked for, the model's output and output_alias —
 * or, for a detector, its detection tensors (lib/serving/detection-tensors.ts).
 */
export async function scoreTfInput(options: { name: string; input: ScoringInput; authorization?: string; workerId: string; version?: number; requestedOutputs?: string[]; receivedAt?: number }) {
  const scored = await scoreServiceWithProbabilities({ name: options.name, image: options.input.image, tensor: options.input.tensor, authorization: options.authorization, workerId: options.workerId, receivedAt: options.receivedAt });
  checkModelVersion({ name: scored.response.service.name, requested: options.version, served: scored.response.model.version });
  // A detector answers its boxes, scores and classes as named tensors; output_filter picks among them.
  if (scored.response.task === "detection") {
    return { response: scored.response, probabilities: scored.probabilities, outputNames: [], tensors: detectionTensors(scored.response, options.requestedOutputs) };
  }
  const outputNames = [...new Set([...(options.requestedOutputs ?? []), ...scored.outputs.slice(0, 1).map((o) => o.name), OUTPUT_ALIAS])];
  return { response: scored.response, probabilities: scored.probabilities, outputNames, tensors: null };
}

export function checkModelVersion(options: { name: string; requested?: number; served: number }) {
  if (options.requested !== undefined && options.requested !== options.served) {
    throw new AppError("not_found", `Service ${options.name} serves version ${options.served} of its model, not ${options.requested}.`, { version: options.requested });
  }
}

/** The measured and simulated timings of a score, as the x-accel-timings trailer/header carries them (JSON). */
export function timingsOf(response: ServiceScoreResponse): string {
  const simulated = response.simulated.map(({ profile, precision, totalMs, deviceMs, hostMs, transferInMs, transferOutMs, fpgas }) => ({ profile, precision, totalMs, deviceMs, hostMs, transferInMs, transferOutMs, fpgas }));
  return JSON.stringify({ timings: response.timings, simulated });
}
