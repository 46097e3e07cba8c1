import { erlangC } from "./erlang-c";
import { moments } from "./moments";

// The queueing model of a deployment: M/G/c. Requests arrive as a Poisson stream at the
// service's front end, wait in one FIFO queue and are handed to whichever of c replicas is
// free; a replica serves one request at a time, as Azure's AKS router did with its default
// concurrency of 1 (AZURE_AKS_REPLICA_CONCURRENCY in ./sources), so its service time is the
// whole request: host work plus the FPGA's.
//
// - Mean wait: Allen–Cunneen, Wq ≈ C(c, a) · E[S] / (c − a) · (Ca² + Cs²)/2, with Ca² = 1
//   (Poisson) and Cs² measured (ALLEN_CUNNEEN; C from ./erlang-c). Exact for M/G/1.
// - Wait distribution: an atom of 1 − C at zero and, for the C who wait, an exponential
//   tail with the mean above, P(Wq > t) ≈ C · e^(−t·C/Wq). Exact for M/M/c
//   (GROSS_HARRIS_MMC), where the conditional wait has mean 1/(cμ − λ); our approximation
//   elsewhere, chosen because it needs only the first two moments.
// - Response time T = Wq + S with S drawn from the measured samples themselves (not a
//   fitted law), so a skewed host overhead shows in the predicted p99 as it is.

export type PredictQueueOptions = {
  /** Replicas c (servers). */
  servers: number;
  /** Offered load λ, requests per second. */
  arrivalRps: number;
  /** Measured (or measured + simulated) service times of one request, ms; at least one. */
  serviceMs: readonly number[];
};

export type QueuePrediction = {
  servers: number;
  arrivalRps: number;
  /** ρ = λ·E[S]/c: the share of time a replica is busy. */
  utilization: number;
  isStable: boolean;
  /** P(a request waits at all): Erlang C. */
  waitProbability: number;
  meanWaitMs: number | null;
  meanMs: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
};

export function predictQueue({ servers, arrivalRps, serviceMs }: PredictQueueOptions): QueuePrediction {
  const { mean, scv } = moments(serviceMs);
  const offeredLoad = (arrivalRps / 1000) * mean;
  const utilization = offeredLoad / servers;
  const base = { servers, arrivalRps, utilization };
  if (utilization >= 1) return { ...base, isStable: false, waitProbability: 1, meanWaitMs: null, meanMs: null, p50Ms: null, p99Ms: null };
  const waitProbability = erlangC({ servers, offeredLoad });
  const meanWaitMs = ((waitProbability * mean) / (servers - offeredLoad)) * ((1 + scv) / 2);
  const tail = waitTail(waitProbability, meanWaitMs);
  return {
    ...base,
    isStable: true,
    waitProbability,
    meanWaitMs,
    meanMs: meanWaitMs + mean,
    p50Ms: responseQuantile(0.5, serviceMs, tail),
    p99Ms: responseQuantile(0.99, serviceMs, tail),
  };
}

/** P(Wq > t) under the exponential-tail approximation. */
function waitTail(waitProbability: number, meanWaitMs: number): (t: number) => number {
  if (waitProbability <= 0 || meanWaitMs <= 0) return (t) => (t < 0 ? 1 : 0);
  const rate = waitProbability / meanWaitMs;
  return (t) => (t < 0 ? 1 : waitProbability * Math.exp(-rate * t));
}

/** The q-quantile of T = Wq + S, S uniform over the samples: bisection on P(T > t) = 1 − q. */
function responseQuantile(q: number, serviceMs: readonly number[], waitAbove: (t: number) => number): number {
  const exceeds = (t: number) => serviceMs.reduce((sum, s) => sum + waitAbove(t - s), 0) / serviceMs.length;
  let low = 0;
  let high = Math.max(...serviceMs) + 1;
  while (exceeds(high) > 1 - q) high *= 2;
  // 60 halvings take any bracket below a nanosecond.
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (exceeds(mid) > 1 - q) low = mid;
    else high = mid;
  }
  return high;
}
