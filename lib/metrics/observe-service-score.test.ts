import { describe, expect, it } from "vitest";
import type { ServiceScoreResponse } from "@/lib/services/score-service";
import { scoreStepSeconds } from "./metrics";
import { observeServiceScore } from "./observe-service-score";

const sumOf = async (service: string, step: string) => (await scoreStepSeconds.get()).values.find((v) => v.metricName === "accel_score_step_seconds_sum" && v.labels.service === service && v.labels.step === step)?.value;

describe("observeServiceScore", () => {
  it("puts a batching service's wait for its batch in the queue step, not in wait as well", async () => {
    const timings = { receiveMs: 1, decodeMs: 4, preprocessMs: 1, queueMs: 3, inferenceMs: 5, postprocessMs: 0.5, serverMs: 16, totalMs: 13.5, batchSize: 2, simulateMs: 0 };
    observeServiceScore({ service: { name: "batching-svc" }, timings, simulated: [] } as unknown as ServiceScoreResponse);
    expect(await sumOf("batching-svc", "queue")).toBeCloseTo(0.003, 6);
    // 16 − (1 + 4 + 1 + 3 + 5 + 0.5) = 1.5 ms in no step.
    expect(await sumOf("batching-svc", "wait")).toBeCloseTo(0.0015, 6);
    const steps = ["receive", "decode", "preprocess", "queue", "inference", "postprocess", "wait"];
    const parts = await Promise.all(steps.map((step) => sumOf("batching-svc", step)));
    expect(parts.reduce((a, b) => a! + b!, 0)).toBeCloseTo((await sumOf("batching-svc", "total"))!, 6);
  });
});
