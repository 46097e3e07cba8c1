import { Counter, Histogram } from "prom-client";
import { metricsRegistry } from "./registry";

// The studio's own series. Every label set is bounded: routes are templates
// (route-label.ts), services and tasks are the operator's own, statuses and steps fixed
// lists; nothing is labelled per image or per request.

const registers = () => [metricsRegistry()];

/** Seconds, from half a millisecond (a cached metadata read) to ten seconds (a cold model load). */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Counter({ name: "accel_requests_total", help: "Requests through the API pipeline, by route template, protocol, method and status", labelNames: ["route", "protocol", "method", "status"] as const, registers: registers() });

export const httpRequestSeconds = new Histogram({ name: "accel_request_duration_seconds", help: "Receipt to reply of requests through the API pipeline", labelNames: ["route", "protocol"] as const, buckets: LATENCY_BUCKETS, registers: registers() });

export const scoreStepSeconds = new Histogram({
  name: "accel_score_step_seconds",
  help: "Measured time of each step of a service's scores on this node: receive, decode, preprocess, queue (waiting for a dynamic batch; 0 unbatched), inference, postprocess, wait (in none of them: queued for the inference thread or the event loop), total (receipt to reply)",
  labelNames: ["service", "step"] as const,
  buckets: LATENCY_BUCKETS,
  registers: registers(),
});

export const serviceForwards = new Counter({
  name: "accel_service_forwards_total",
  help: "Scores this node forwarded to another node holding a ready replica (it held none), by service and outcome: ok, answered (the other node's problem, passed on), unavailable or unreachable (the next replica is tried)",
  labelNames: ["service", "outcome"] as const,
  registers: registers(),
});

export const simulatedDeviceSeconds = new Histogram({
  name: "accel_score_simulated_seconds",
  help: "The simulated FPGA latency of each score (computed by the NPU model, never measured), by service and device profile",
  labelNames: ["service", "profile"] as const,
  buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05],
  registers: registers(),
});

export const serviceScoreErrors = new Counter({ name: "accel_service_score_errors_total", help: "Service scores that failed, by service and error code", labelNames: ["service", "code"] as const, registers: registers() });

export const jobSeconds = new Histogram({ name: "accel_job_duration_seconds", help: "Duration of job attempts, by task and outcome (success, error)", labelNames: ["task", "outcome"] as const, buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600], registers: registers() });
