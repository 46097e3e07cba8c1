// The fixed histogram every latency rollup counts into (measured and simulated alike), so
// that any two minutes, services or worker nodes add up bucket by bucket and a percentile
// over any window is exact to the bucket.
//
// Bounds are 20 per decade on a log scale, aligned to powers of ten (1, 10, 100 ms are
// bounds): 10^(k/20) ms for k = -26…80, from 0.0501 ms to 10 s. Neighbouring bounds differ
// by 10^(1/20) ≈ 1.122, so a value read back from its bucket is off by less than 12.2% of
// itself at worst — about 0.6 ms at 5 ms, 5.6 ms at 50 ms — and an interpolated percentile
// (percentile-from-buckets.ts) always lies inside the bucket the exact one does.
// Bucket 0 counts everything under the first bound (the simulated FPGA can be that fast);
// the last counts 10 s and over.

const STEPS_PER_DECADE = 20;
const FIRST_STEP = -26;
const LAST_STEP = 80;

/** Upper bounds in ms of buckets 0…N-2 (bucket i holds BOUNDS[i-1] ≤ ms < BOUNDS[i]); bucket N-1 is open-ended. */
export const BUCKET_BOUNDS_MS: readonly number[] = Array.from({ length: LAST_STEP - FIRST_STEP + 1 }, (_, i) => Number((10 ** ((FIRST_STEP + i) / STEPS_PER_DECADE)).toPrecision(6)));

export const BUCKET_COUNT = BUCKET_BOUNDS_MS.length + 1;

/** The worst relative error of a value known only by its bucket: the ratio of neighbouring bounds, less one. */
export const BUCKET_RELATIVE_WIDTH = 10 ** (1 / STEPS_PER_DECADE) - 1;

/** The bucket a latency falls in (binary search, so a value on a bound goes to the bucket it opens). */
export function bucketOf(ms: number): number {
  let low = 0;
  let high = BUCKET_BOUNDS_MS.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ms < BUCKET_BOUNDS_MS[middle]) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A bucket's range in ms: [lower, upper), upper Infinity for the last. */
export function bucketRange(index: number): { lower: number; upper: number } {
  return { lower: index === 0 ? 0 : BUCKET_BOUNDS_MS[index - 1], upper: index < BUCKET_BOUNDS_MS.length ? BUCKET_BOUNDS_MS[index] : Infinity };
}
