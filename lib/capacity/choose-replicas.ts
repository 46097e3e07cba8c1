import { moments } from "./moments";
import { predictQueue, type QueuePrediction } from "./predict-queue";

export type ChooseReplicasOptions = {
  serviceMs: readonly number[];
  targetRps: number;
  targetP99Ms: number;
  /** The most replicas one service may have (lib/services/schemas.ts MAX_REPLICAS). */
  maxReplicas: number;
};

export type ReplicaChoice =
  | { isFeasible: true; prediction: QueuePrediction }
  | {
      isFeasible: false;
      /** "latency": the service time alone misses the p99 target, however many replicas; "throughput": maxReplicas are too few. */
      reason: "latency" | "throughput";
      /** The p99 of one request on an idle replica: the floor no replica count goes below. */
      floorP99Ms: number;
      /** The most req/s maxReplicas carry within the p99 target (0 when even one request misses it). */
      maxRps: number;
    };

/**
 * The fewest replicas that carry `targetRps` with utilisation below 1 and a predicted p99
 * within the target (M/G/c, ./predict-queue.ts). Adding a replica never raises the
 * predicted p99 at a fixed load, so the first count that fits is the answer.
 */
export function chooseReplicas({ serviceMs, targetRps, targetP99Ms, maxReplicas }: ChooseReplicasOptions): ReplicaChoice {
  const { mean } = moments(serviceMs);
  // Fewer than a = λ·E[S] replicas cannot even keep up.
  const first = Math.max(1, Math.floor((targetRps / 1000) * mean) + 1);
  for (let servers = first; servers <= maxReplicas; servers++) {
    const prediction = predictQueue({ servers, arrivalRps: targetRps, serviceMs });
    if (prediction.isStable && prediction.p99Ms! <= targetP99Ms) return { isFeasible: true, prediction };
  }
  // A vanishing load: no wait, so the p99 is the service time's own.
  const floorP99Ms = predictQueue({ servers: 1, arrivalRps: 1e-9, serviceMs }).p99Ms!;
  return {
    isFeasible: false,
    reason: floorP99Ms > targetP99Ms ? "latency" : "throughput",
    floorP99Ms,
    maxRps: floorP99Ms > targetP99Ms ? 0 : maxRpsWithin({ serviceMs, servers: maxReplicas, targetP99Ms, mean }),
  };
}

/** Bisection on λ: the predicted p99 grows with the load. */
function maxRpsWithin(options: { serviceMs: readonly number[]; servers: number; targetP99Ms: number; mean: number }): number {
  let low = 0;
  let high = (options.servers * 1000) / options.mean; // ρ = 1
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    const p99 = predictQueue({ servers: options.servers, arrivalRps: mid, serviceMs: options.serviceMs }).p99Ms;
    if (p99 !== null && p99 <= options.targetP99Ms) low = mid;
    else high = mid;
  }
  return low;
}
