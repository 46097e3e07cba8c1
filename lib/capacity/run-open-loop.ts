// An open-loop load run, the planner's check against reality (its test and
// `npm run bench:plan`): requests arrive as a Poisson stream whatever the server is doing
// — a closed loop would slow its arrivals down as the server slows, hiding the queue — and
// wait in one FIFO queue for one of `servers` slots, as M/G/c has them
// (./predict-queue.ts). Arrival times are drawn up front from a seeded generator, so two
// runs offer the same load; a request's response time counts from its scheduled arrival,
// so a late timer shows as waiting, where it belongs.

import { mulberry32 } from "@/lib/math/mulberry32";

export type RunOpenLoopOptions = {
  /** Offered load λ, requests per second. */
  arrivalRps: number;
  requests: number;
  /** At most this many requests in service at once (replicas). */
  servers: number;
  /** Serves request `index`; a rejection counts as a failure and frees the slot. */
  serve: (index: number) => Promise<void>;
  seed?: number;
};

export type OpenLoopResult = {
  requests: number;
  failures: number;
  firstError: string | null;
  /** Arrivals per second actually drawn (the Poisson stream's own rate over this run). */
  offeredRps: number;
  /** Completions per second, first arrival to last completion. */
  throughputRps: number;
  /** Busy time of the slots over servers × the run's span. */
  utilization: number;
  /** Per request, ms: arrival → completion, arrival → start, start → completion. */
  responseMs: number[];
  waitMs: number[];
  serviceMs: number[];
};

export async function runOpenLoop({ arrivalRps, requests, servers, serve, seed = 1 }: RunOpenLoopOptions): Promise<OpenLoopResult> {
  const random = mulberry32(seed);
  const arrivals: number[] = [];
  for (let k = 0, t = 0; k < requests; k++) arrivals.push((t += (-Math.log(1 - random()) / arrivalRps) * 1000));

  const responseMs: number[] = [];
  const waitMs: number[] = [];
  const serviceMs: number[] = [];
  const queue: { index: number; arrivedAt: number }[] = [];
  let busy = 0;
  let failures = 0;
  let firstError: string | null = null;
  let lastDone = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();

  const dispatch = () => {
    while (busy < servers && queue.length > 0) {
      const { index, arrivedAt } = queue.shift()!;
      busy++;
      const startedAt = performance.now();
      inFlight.push(
        serve(index)
          .catch((error: unknown) => {
            failures++;
            firstError ??= error instanceof Error ? error.message : String(error);
          })
          .finally(() => {
            const doneAt = performance.now();
            busy--;
            lastDone = Math.max(lastDone, doneAt);
            responseMs.push(doneAt - arrivedAt);
            waitMs.push(startedAt - arrivedAt);
            serviceMs.push(doneAt - startedAt);
            dispatch();
          }),
      );
    }
  };

  for (let index = 0; index < requests; index++) {
    const due = start + arrivals[index];
    // Node's timers keep whole milliseconds of loop time and may fire a fraction early: sleep again until due.
    for (let delay = due - performance.now(); delay > 0; delay = due - performance.now()) await new Promise((resolve) => setTimeout(resolve, delay));
    queue.push({ index, arrivedAt: due });
    dispatch();
  }
  while (inFlight.length < requests || busy > 0) await Promise.all(inFlight);

  const firstArrival = start + arrivals[0];
  const span = lastDone - firstArrival;
  return {
    requests,
    failures,
    firstError,
    offeredRps: requests > 1 ? ((requests - 1) * 1000) / (arrivals[requests - 1] - arrivals[0]) : arrivalRps,
    throughputRps: (requests * 1000) / span,
    utilization: serviceMs.reduce((a, b) => a + b, 0) / (servers * span),
    responseMs,
    waitMs,
    serviceMs,
  };
}
