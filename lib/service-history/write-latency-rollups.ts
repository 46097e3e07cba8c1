import { db } from "@/lib/db";
import { RollupBuffer } from "./rollup-buffer";
import type { MinuteRollup } from "./types";

/**
 * Adds rollups into service_latency_minutes in one statement: a new (service, minute) row
 * is inserted, an existing one — another node's, or this node's earlier flush of the same
 * minute — gets the counts added, bucket by bucket, under the row lock ON CONFLICT takes,
 * so concurrent writers never lose each other's counts. Names are resolved to ids in the
 * same statement; a service deleted meanwhile matches nothing and its counts are dropped.
 */
export async function writeLatencyRollups(options: { rollups: readonly MinuteRollup[] }): Promise<{ written: number; dropped: number }> {
  // One row per key: ON CONFLICT cannot touch the same row twice in one statement.
  const merged = new RollupBuffer();
  merged.merge(options.rollups);
  const rollups = merged.take();
  if (!rollups.length) return { written: 0, dropped: 0 };
  const rows = JSON.stringify(
    rollups.map((r) => ({ service: r.service, minute: r.minute.toISOString(), requests: r.requests, errors: r.errors, measured: withoutTrailingZeros(r.measured), simulated: withoutTrailingZeros(r.simulated) })),
  );
  // Rows go in key order, so two writers lock shared rows in the same order and cannot deadlock.
  const written = await db.$executeRaw`
    INSERT INTO service_latency_minutes AS t (service_id, "minute", requests, errors, measured_buckets, simulated_buckets)
    SELECT s.id, r."minute", r.requests, r.errors,
      ARRAY(SELECT e::int FROM jsonb_array_elements_text(r.measured) WITH ORDINALITY AS m(e, i) ORDER BY i),
      ARRAY(SELECT e::int FROM jsonb_array_elements_text(r.simulated) WITH ORDINALITY AS m(e, i) ORDER BY i)
    FROM jsonb_to_recordset(${rows}::jsonb) AS r(service text, "minute" timestamptz, requests int, errors int, measured jsonb, simulated jsonb)
    JOIN services s ON s.name = r.service
    ORDER BY s.id, r."minute"
    ON CONFLICT (service_id, "minute") DO UPDATE SET
      requests = t.requests + excluded.requests,
      errors = t.errors + excluded.errors,
      measured_buckets = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.measured_buckets, excluded.measured_buckets) WITH ORDINALITY AS u(a, b, i) ORDER BY i),
      simulated_buckets = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.simulated_buckets, excluded.simulated_buckets) WITH ORDINALITY AS u(a, b, i) ORDER BY i)`;
  return { written, dropped: rollups.length - written };
}

/** Most latencies sit in the lower half of the buckets: leaving the empty top off halves a row. */
function withoutTrailingZeros(counts: number[]): number[] {
  let end = counts.length;
  while (end > 0 && counts[end - 1] === 0) end -= 1;
  return counts.slice(0, end);
}
