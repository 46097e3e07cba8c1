import { queryRows } from "@/lib/db";
import { BUCKET_COUNT, bucketRange } from "@/lib/service-history/latency-buckets";
import type { LoadSample } from "./decide-replicas";

// What the autoscaler reads: the per-minute latency rollups every node writes (flushed
// every 10 s, lib/service-history), summed over all of the service's nodes. The window is
// the last complete minute and the current one so far, so a decision sees 60–120 s of
// traffic. A latency is known by its bucket, so the summed time is the buckets' midpoints
// (within 6% of each value: latency-buckets.ts).

export async function measureServiceLoad(options: { serviceId: string; now: number }): Promise<LoadSample> {
  const currentMinute = Math.floor(options.now / 60_000) * 60_000;
  const from = currentMinute - 60_000;
  const rows = await queryRows<{ measured_buckets: number[] }>(
    `SELECT measured_buckets FROM service_latency_minutes WHERE service_id = $1::uuid AND minute >= $2`,
    [options.serviceId, new Date(from)],
  );
  let requests = 0;
  let busyMs = 0;
  for (const row of rows) {
    // Answered requests only (the ones with a latency): a failure keeps no replica busy.
    row.measured_buckets.slice(0, BUCKET_COUNT).forEach((count, index) => {
      if (count === 0) return;
      const { lower, upper } = bucketRange(index);
      requests += count;
      busyMs += count * (Number.isFinite(upper) ? (lower + upper) / 2 : lower);
    });
  }
  return { requests, busyMs, windowMs: Math.max(options.now - from, 1) };
}
