import { bucketRange } from "./latency-buckets";

/**
 * The p-quantile (0 < p ≤ 1) of the latencies counted in `counts` (index = bucket of
 * latency-buckets.ts), or null when nothing was counted.
 *
 * The rank is the nearest rank, r = ⌈p·n⌉ (the r-th smallest of n samples), so the exact
 * answer is a sample's own value and lies in the bucket that holds rank r. Within that
 * bucket the k samples are taken to sit at the middles of k equal slices of its range on a
 * log scale — the scale the bounds are spaced on — so the j-th of them reads
 * lower·(upper/lower)^((j − ½)/k). The estimate therefore never leaves the exact value's
 * bucket: its error is under one bucket's width (about 12%). The first bucket, from 0,
 * is sliced linearly; the open-ended last answers its lower bound (10 s), the least the
 * samples there can be.
 */
export function percentileFromBuckets(options: { counts: readonly number[]; p: number }): number | null {
  const { counts, p } = options;
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  // The epsilon keeps float noise (0.07 · 100 = 7.000000000000001) from moving the rank up one.
  const rank = Math.min(total, Math.max(1, Math.ceil(p * total - 1e-9)));
  let before = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index];
    if (before + count < rank) {
      before += count;
      continue;
    }
    const fraction = (rank - before - 0.5) / count;
    const { lower, upper } = bucketRange(index);
    if (upper === Infinity) return lower;
    if (lower === 0) return upper * fraction;
    return lower * (upper / lower) ** fraction;
  }
  return null; // unreachable: rank ≤ total
}
