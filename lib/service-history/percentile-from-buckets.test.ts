import { describe, expect, it } from "vitest";
import { BUCKET_BOUNDS_MS, BUCKET_COUNT, BUCKET_RELATIVE_WIDTH, bucketOf, bucketRange } from "./latency-buckets";
import { percentileFromBuckets } from "./percentile-from-buckets";

// Percentiles read from histogram buckets against the exact percentiles of the very
// samples counted: the estimate must land in the exact value's bucket, so its error stays
// under one bucket's width.

/** mulberry32: a seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The nearest-rank percentile: the ⌈p·n⌉-th smallest sample. */
function exactPercentile(sorted: number[], p: number): number {
  return sorted[Math.max(1, Math.ceil(p * sorted.length - 1e-9)) - 1];
}

function countsOf(samples: number[]): number[] {
  const counts = new Array<number>(BUCKET_COUNT).fill(0);
  for (const ms of samples) counts[bucketOf(ms)] += 1;
  return counts;
}

const SHAPES: Record<string, (next: () => number) => number> = {
  // Log-uniform over four decades, the spread of measured CPU time and simulated FPGA time together.
  "log-uniform 0.1 ms – 1 s": (next) => 10 ** (-1 + 4 * next()),
  // A tight service around 12 ms with a slow tail, as a warm node answers.
  "12 ms with a tail": (next) => (next() < 0.97 ? 11 + 2 * next() : 30 + 200 * next()),
  // One value only, as the simulated latency of one deployment is.
  "constant 0.42 ms": () => 0.42,
};

describe("percentiles from latency buckets", () => {
  for (const [shape, draw] of Object.entries(SHAPES)) {
    it(`stay within the exact percentile's bucket: ${shape}`, () => {
      for (const [seed, n] of [[1, 1], [2, 7], [3, 100], [4, 1000], [5, 20_000]]) {
        const next = random(seed);
        const samples = Array.from({ length: n }, () => draw(next));
        const sorted = [...samples].sort((a, b) => a - b);
        const counts = countsOf(samples);
        for (const p of [0.5, 0.9, 0.95, 0.99, 0.999, 1]) {
          const exact = exactPercentile(sorted, p);
          const estimate = percentileFromBuckets({ counts, p })!;
          const { lower, upper } = bucketRange(bucketOf(exact));
          expect(estimate, `p${p * 100} of ${n} samples: exact ${exact}`).toBeGreaterThanOrEqual(lower);
          expect(estimate).toBeLessThan(upper);
          expect(Math.abs(estimate - exact) / exact).toBeLessThan(BUCKET_RELATIVE_WIDTH + 1e-6);
        }
      }
    });
  }

  it("adds: the buckets of two halves summed give the percentiles of the whole", () => {
    const next = random(9);
    const a = Array.from({ length: 500 }, () => 5 + 20 * next());
    const b = Array.from({ length: 300 }, () => 40 + 60 * next());
    const summed = countsOf(a).map((count, i) => count + countsOf(b)[i]);
    for (const p of [0.5, 0.95, 0.99]) expect(percentileFromBuckets({ counts: summed, p })).toBe(percentileFromBuckets({ counts: countsOf([...a, ...b]), p }));
  });

  it("has the bounds it claims: 0.05 ms to 10 s, 20 a decade, and an answer for the edges", () => {
    expect(BUCKET_BOUNDS_MS[0]).toBeCloseTo(0.0501, 4);
    expect(BUCKET_BOUNDS_MS.at(-1)).toBe(10_000);
    expect(BUCKET_BOUNDS_MS).toContain(1);
    expect(BUCKET_RELATIVE_WIDTH).toBeCloseTo(0.122, 3);
    expect(bucketOf(1)).toBe(BUCKET_BOUNDS_MS.indexOf(1) + 1); // a bound opens its bucket
    expect(percentileFromBuckets({ counts: countsOf([0.001, 0.002]), p: 0.5 })).toBeLessThan(BUCKET_BOUNDS_MS[0]);
    expect(percentileFromBuckets({ counts: countsOf([60_000]), p: 0.99 })).toBe(10_000); // at least 10 s is all the buckets know
    expect(percentileFromBuckets({ counts: new Array(BUCKET_COUNT).fill(0), p: 0.5 })).toBeNull();
  });
});
