import type { DetectionOptions } from "@/lib/detection/select-detections";
import { AppError } from "@/lib/errors";
import { observeServiceFailure, observeServiceScore } from "@/lib/metrics/observe-service-score";
import type { ClientTensor } from "@/lib/scoring/client-tensor";
import { scoreModelVersionWithProbabilities } from "@/lib/scoring/score-model-version";
import type { ScoreResponse } from "@/lib/serving/score-response";
import { forwardToReplica, isReplicaAnswer } from "./forward-to-replica";
import { openServiceOnNode, type OpenedService } from "./open-service-on-node";

export type ServiceScoreResponse = ScoreResponse & { service: { name: string; node: string } };

export type ScoreServiceOptions = {
  name: string;
  /** The encoded image; or, instead, `tensor`: values the client preprocessed. */
  image?: Buffer;
  tensor?: ClientTensor;
  authorization?: string;
  workerId: string;
  topK?: number;
  /** A detector's per-request threshold, suppression and limit (a classifier ignores them). */
  detection?: Partial<DetectionOptions>;
  receivedAt?: number;
  /** Sent by another node: serve it here or not at all (at most one extra hop). */
  isForwarded?: boolean;
};

/**
 * Scores one input for a service on the node it arrived at — its scoring URI and every
 * protocol on the node (TF Serving gRPC and REST, Open Inference Protocol v2) come here and
 * only translate. The key, the service's state and the replicas are checked first
 * (open-service-on-node.ts). With a ready replica here, the converted model runs through
 * the one scoring service, and the simulated latency is the deployment's (its profile,
 * precision, host-side head and FPGAs per replica); without one, the score is forwarded to
 * a node that has one (forward-to-replica.ts).
 */
export async function scoreServiceWithProbabilities(options: ScoreServiceOptions) {
  try {
    const opened = await openServiceOnNode(options);
    if (opened.unavailableReason) throw new AppError("unavailable", opened.unavailableReason, { state: opened.service.state });
    if (!opened.readyNode) {
      if (options.isForwarded) throw new AppError("unavailable", `This node no longer holds a ready replica of service ${opened.name}; try again.`);
      // Served and observed by the node holding the replica; this one only relays.
      const { response, probabilities } = await forwardToReplica({ name: opened.name, remote: opened.remote, input: { image: options.image, tensor: options.tensor }, authorization: options.authorization, topK: options.topK, detection: options.detection });
      return { response, probabilities, inputs: opened.deployment.inputs, outputs: opened.deployment.outputs };
    }
    const scored = await scoreOnNode(opened, options);
    observeServiceScore(scored.response);
    return scored;
  } catch (error) {
    // A problem the replica's node answered was counted there; the rest (a relay that found
    // no node, a refusal here) is counted where the request arrived.
    if (!isReplicaAnswer(error)) observeServiceFailure(options.name, error);
    throw error;
  }
}

async function scoreOnNode(opened: OpenedService, options: ScoreServiceOptions) {
  const { model, profile, setup, inputs, outputs } = opened.deployment;
  const simulation = { ...setup, fpgas: opened.service.fpgasPerReplica };
  const { response, probabilities } = await scoreModelVersionWithProbabilities({
    name: model.name,
    version: model.version,
    image: options.image,
    tensor: options.tensor,
    topK: options.topK,
    detection: options.detection,
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
