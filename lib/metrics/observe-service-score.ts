import { toAppError } from "@/lib/api/to-app-error";
import type { ServiceScoreResponse } from "@/lib/services/score-service";
import { recordServiceScore } from "@/lib/service-history/record-service-score";
import { scoreStepSeconds, serviceScoreErrors, simulatedDeviceSeconds } from "./metrics";

const STEPS = [
  ["receive", "receiveMs"],
  ["decode", "decodeMs"],
  ["preprocess", "preprocessMs"],
  ["queue", "queueMs"],
  ["inference", "inferenceMs"],
  ["postprocess", "postprocessMs"],
  ["total", "serverMs"],
] as const;

/** A service's score on this node, into its step histograms and its latency history. */
export function observeServiceScore(response: ServiceScoreResponse): void {
  const service = response.service.name;
  const { timings } = response;
  for (const [step, key] of STEPS) scoreStepSeconds.observe({ service, step }, timings[key] / 1000);
  // Time in none of the steps: waiting for the inference thread, the event loop or sharp's
  // pool. A batching service's wait for its batch is the "queue" step, so it is taken out
  // here: a dashboard that adds the steps up counts no time twice.
  const wait = timings.serverMs - timings.receiveMs - timings.decodeMs - timings.preprocessMs - timings.queueMs - timings.inferenceMs - timings.postprocessMs;
  scoreStepSeconds.observe({ service, step: "wait" }, Math.max(0, wait) / 1000);
  const simulated = response.simulated[0];
  if (simulated) simulatedDeviceSeconds.observe({ service, profile: simulated.profile }, simulated.totalMs / 1000);
  recordServiceScore({ service, measuredMs: response.timings.serverMs, simulatedMs: simulated?.totalMs ?? null, isError: false });
}

/** A failed score: counted for its service, unless no such service exists (a client's made-up name would be a label of its own). */
export function observeServiceFailure(name: string, error: unknown): void {
  const { code } = toAppError(error);
  if (code === "not_found") return;
  serviceScoreErrors.inc({ service: name, code });
  recordServiceScore({ service: name, measuredMs: null, simulatedMs: null, isError: true });
}
