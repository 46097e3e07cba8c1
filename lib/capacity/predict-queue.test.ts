import { describe, expect, it } from "vitest";
import { chooseReplicas } from "./choose-replicas";
import { erlangC } from "./erlang-c";
import { predictQueue } from "./predict-queue";

// The queueing arithmetic against results known in closed form: Erlang C by hand, M/M/1's
// response-time law, M/D/1's Pollaczek–Khinchine mean. Pure functions, no clock.

/** n service times spread evenly over the quantiles of an exponential law with this mean. */
const exponential = (meanMs: number, n = 2000) => Array.from({ length: n }, (_, i) => -Math.log(1 - (i + 0.5) / n) * meanMs);

describe("erlangC", () => {
  it("matches the formula worked by hand and its limits", () => {
    // c = 2, a = 1: B(1) = 1/2, B(2) = (1/2)/(2 + 1/2) = 1/5, C = (1/5)/(1 − (1/2)(4/5)) = 1/3.
    expect(erlangC({ servers: 2, offeredLoad: 1 })).toBeCloseTo(1 / 3, 12);
    // One server: an arrival waits exactly when the server is busy, P = ρ.
    expect(erlangC({ servers: 1, offeredLoad: 0.7 })).toBeCloseTo(0.7, 12);
    expect(erlangC({ servers: 3, offeredLoad: 0 })).toBe(0);
    expect(erlangC({ servers: 3, offeredLoad: 3 })).toBe(1);
    // Large c stays finite (a^c / c! would overflow at c ≈ 170).
    const big = erlangC({ servers: 400, offeredLoad: 380 });
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(1);
  });
});

describe("predictQueue", () => {
  it("gives M/M/1 its exact mean wait and response-time percentiles", () => {
    // λ = 50/s, E[S] = 10 ms: ρ = 0.5, T ~ Exp(μ − λ) with μ − λ = 50/s, so p99 = ln(100)/50 s.
    const prediction = predictQueue({ servers: 1, arrivalRps: 50, serviceMs: exponential(10) });
    expect(prediction.utilization).toBeCloseTo(0.5, 3);
    expect(prediction.meanWaitMs!).toBeCloseTo(10, 1); // ρ/(μ − λ) = 0.5 / 50 s
    expect(prediction.p50Ms! / ((Math.log(2) / 50) * 1000)).toBeCloseTo(1, 1);
    expect(prediction.p99Ms! / ((Math.log(100) / 50) * 1000)).toBeCloseTo(1, 1);
  });

  it("gives M/D/1 the Pollaczek–Khinchine mean wait", () => {
    // Deterministic 10 ms at ρ = 0.8: Wq = ρ·S / (2(1 − ρ)) = 20 ms.
    const prediction = predictQueue({ servers: 1, arrivalRps: 80, serviceMs: [10, 10, 10] });
    expect(prediction.meanWaitMs!).toBeCloseTo(20, 9);
    expect(prediction.p50Ms!).toBeGreaterThan(10);
  });

  it("waits longer as the load grows, and calls a load at or past capacity unstable", () => {
    const serviceMs = exponential(8, 200);
    const p99s = [20, 60, 100].map((rps) => predictQueue({ servers: 1, arrivalRps: rps, serviceMs }).p99Ms!);
    expect(p99s[0]).toBeLessThan(p99s[1]);
    expect(p99s[1]).toBeLessThan(p99s[2]);
    expect(predictQueue({ servers: 1, arrivalRps: 130, serviceMs }).isStable).toBe(false);
    expect(predictQueue({ servers: 2, arrivalRps: 130, serviceMs }).isStable).toBe(true);
  });
});

describe("chooseReplicas", () => {
  const serviceMs = [9, 10, 10, 11, 12];

  it("takes the fewest replicas that carry the load within the p99 target", () => {
    const light = chooseReplicas({ serviceMs, targetRps: 20, targetP99Ms: 50, maxReplicas: 16 });
    expect(light).toMatchObject({ isFeasible: true, prediction: { servers: 1 } });
    // 250 req/s at ~10.4 ms is 2.6 Erlangs: at least 3 replicas, and the p99 target holds there.
    const heavy = chooseReplicas({ serviceMs, targetRps: 250, targetP99Ms: 50, maxReplicas: 16 });
    expect(heavy.isFeasible && heavy.prediction.servers).toBeGreaterThanOrEqual(3);
    if (heavy.isFeasible) {
      expect(heavy.prediction.utilization).toBeLessThan(1);
      expect(heavy.prediction.p99Ms!).toBeLessThanOrEqual(50);
      const fewer = chooseReplicas({ serviceMs, targetRps: 250, targetP99Ms: 50, maxReplicas: heavy.prediction.servers - 1 });
      expect(fewer.isFeasible).toBe(false);
    }
  });

  it("says latency is short when one request alone misses the target, throughput when replicas run out", () => {
    expect(chooseReplicas({ serviceMs, targetRps: 1, targetP99Ms: 5, maxReplicas: 16 })).toMatchObject({ isFeasible: false, reason: "latency", maxRps: 0 });
    const tooMuch = chooseReplicas({ serviceMs, targetRps: 5000, targetP99Ms: 50, maxReplicas: 16 });
    expect(tooMuch).toMatchObject({ isFeasible: false, reason: "throughput" });
    if (!tooMuch.isFeasible) {
      expect(tooMuch.maxRps).toBeGreaterThan(1000);
      expect(tooMuch.maxRps).toBeLessThan((16 * 1000) / 10.4);
    }
  });
});
