import { AppError } from "@/lib/errors";
import { observeServiceFailure, observeServiceScore } from "@/lib/metrics/observe-service-score";
import type { ClientTensor } from "@/lib/scoring/client-tensor";
import { scoreModelVersionWithProbabilities } from "@/lib/scoring/score-model-version";
import type { ScoreResponse } from "@/lib/serving/score-response";
import { openServiceOnNode } from "./open-service-on-node";

export type ServiceScoreResponse = ScoreResponse & { service: { name: string; node: string } };

export type ScoreServiceOptions = {
  name: string;
  /** The encoded image; or, instead, `tensor`: values the client preprocessed. */
  image?: Buffer;
  tensor?: ClientTensor;
  authorization?: string;
  workerId: string;
  topK?: number;
  receivedAt?: number;
};

/**
 * Scores one input on this node for a service — its scoring URI and every protocol on
 * the node (TF Serving gRPC and REST, Open Inference Protocol v2) come here and only
 * translate. The key, the service's state and this node's FPGA are checked first
 * (open-service-on-node.ts); the converted model runs through the one scoring service;
 * the simulated latency is the deployment's (its profile, precision, host-side head and
 * FPGAs per replica).
 */
export async function scoreServiceWithProbabilities(options: ScoreServiceOptions) {
  try {
    const scored = await scoreOnNode(options);
    observeServiceScore(scored.response);
    return scored;
  } catch (error) {
    observeServiceFailure(options.name, error);
    throw error;
  }
}

async function scoreOnNode(options: ScoreServiceOptions) {
  const opened = await openServiceOnNode(options);
  if (opened.unavailableReason) throw new AppError("unavailable", opened.unavailableReason, { state: opened.service.state });
  const { model, profile, setup, inputs, outputs } = opened.deployment;
  const simulation = { ...setup, fpgas: opened.service.fpgasPerReplica };
  const { response, probabilities } = await scoreModelVersionWithProbabilities({
    name: model.name,
    version: model.version,
    image: options.image,
    tensor: options.tensor,
    topK: options.topK,
    profiles: [profile],
    simulation,
    receivedAt: options.receivedAt,
    // Dynamic batching of this service's requests on this node (off at 1); the simulated FPGA latency stays batch 1.
    batching: opened.service.maxBatchSize > 1 ? { key: opened.name, maxBatchSize: opened.service.maxBatchSize, maxQueueDelayMs: opened.service.maxQueueDelayMs } : undefined,
  });
  const scored: ServiceScoreResponse = { ...response, service: { name: opened.name, node: opened.readyNode! } };
  return { response: scored, probabilities, inputs, outputs };
}

export async function scoreService(options: ScoreServiceOptions): Promise<ServiceScoreResponse> {
  return (await scoreServiceWithProbabilities(options)).response;
}
