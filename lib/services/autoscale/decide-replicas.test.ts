import { describe, expect, it } from "vitest";
import { decideReplicas, isCooledDown } from "./decide-replicas";

const settings = { minReplicas: 1, maxReplicas: 4, targetUtilization: 70 };
const minute = 60_000;

describe("decideReplicas", () => {
  it("adds replicas until the requests in flight per replica are at the target or under it", () => {
    // 60 req/s × 25 ms = 1.5 requests in flight: 1.5 / 0.7 → 3 replicas.
    const decision = decideReplicas({ load: { requests: 3600, busyMs: 3600 * 25, windowMs: minute }, current: 1, settings });
    expect(decision).toMatchObject({ current: 1, desired: 3, ratePerSecond: 60, meanMs: 25 });
    expect(decision.utilization).toBeCloseTo(1.5, 6);
  });

  it("keeps within min and max, and falls to min without traffic", () => {
    expect(decideReplicas({ load: { requests: 36_000, busyMs: 36_000 * 50, windowMs: minute }, current: 2, settings }).desired).toBe(4);
    expect(decideReplicas({ load: { requests: 0, busyMs: 0, windowMs: minute }, current: 3, settings }).desired).toBe(1);
    expect(decideReplicas({ load: { requests: 0, busyMs: 0, windowMs: minute }, current: 3, settings: { ...settings, minReplicas: 2 } }).desired).toBe(2);
  });

  it("stays when the load is exactly at the target", () => {
    // 0.7 × 2 replicas in flight.
    expect(decideReplicas({ load: { requests: 1400, busyMs: 1.4 * minute, windowMs: minute }, current: 2, settings }).desired).toBe(2);
  });
});

describe("isCooledDown", () => {
  const up = { current: 1, desired: 2, utilization: 1, ratePerSecond: 1, meanMs: 1 };
  const down = { ...up, current: 2, desired: 1 };
  const now = 1_000_000;
  it("lets a scale-up act after the short delay and a scale-down only after the long one", () => {
    const lastScaledAt = new Date(now - 60_000);
    expect(isCooledDown({ decision: up, lastScaledAt, now, upDelayMs: 30_000, downDelayMs: 300_000 })).toBe(true);
    expect(isCooledDown({ decision: down, lastScaledAt, now, upDelayMs: 30_000, downDelayMs: 300_000 })).toBe(false);
    expect(isCooledDown({ decision: down, lastScaledAt: new Date(now - 300_000), now, upDelayMs: 30_000, downDelayMs: 300_000 })).toBe(true);
    expect(isCooledDown({ decision: up, lastScaledAt: null, now, upDelayMs: 30_000, downDelayMs: 300_000 })).toBe(true);
  });
});
