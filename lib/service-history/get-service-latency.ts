import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { serviceNameSchema } from "@/lib/services/schemas";
import { BUCKET_COUNT, BUCKET_RELATIVE_WIDTH } from "./latency-buckets";
import { percentileFromBuckets } from "./percentile-from-buckets";
import { LATENCY_WINDOWS, latencyQuerySchema } from "./schemas";
import type { LatencyPercentiles, LatencyStats, ServiceLatencyDto } from "./types";

const MINUTE_MS = 60_000;

type Step = { requests: number; errors: number; measured: number[]; simulated: number[] };

/**
 * A service's latency over the last hour, day or week: per step, and over the whole window,
 * the request rate, error rate and measured and simulated percentiles, from the per-minute
 * rollups with each step's buckets summed (so a step's percentiles are those of all its
 * requests, to the bucket). The last step holds the current minute, as far as flushed.
 */
export async function getServiceLatency(options: { name: string; query: unknown; now?: Date }): Promise<ServiceLatencyDto> {
  const name = serviceNameSchema.parse(options.name);
  const { window } = latencyQuerySchema.parse(options.query);
  const service = await db.service.findUnique({ where: { name }, select: { id: true } });
  if (!service) throw new AppError("not_found", `There is no service named ${name}.`, { name });

  const { durationMs, stepMs } = LATENCY_WINDOWS[window];
  const nowMs = (options.now ?? new Date()).getTime();
  // Steps are aligned to the epoch, so a point keeps its time from one refresh to the next.
  const toMs = Math.ceil((Math.floor(nowMs / MINUTE_MS) + 1) * MINUTE_MS / stepMs) * stepMs;
  const fromMs = toMs - durationMs;
  const steps: Step[] = Array.from({ length: durationMs / stepMs }, () => ({ requests: 0, errors: 0, measured: new Array<number>(BUCKET_COUNT).fill(0), simulated: new Array<number>(BUCKET_COUNT).fill(0) }));

  const [counts, buckets] = await readSteps({ serviceId: service.id, fromMs, toMs, stepMs });
  for (const row of counts) Object.assign(steps[row.step], { requests: row.requests, errors: row.errors });
  for (const row of buckets) {
    steps[row.step].measured[row.bucket] += row.measured;
    steps[row.step].simulated[row.bucket] += row.simulated;
  }

  const whole: Step = { requests: 0, errors: 0, measured: new Array<number>(BUCKET_COUNT).fill(0), simulated: new Array<number>(BUCKET_COUNT).fill(0) };
  for (const step of steps) {
    whole.requests += step.requests;
    whole.errors += step.errors;
    step.measured.forEach((count, i) => (whole.measured[i] += count));
    step.simulated.forEach((count, i) => (whole.simulated[i] += count));
  }
  return {
    service: name,
    window,
    stepSeconds: stepMs / 1000,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    bucketRelativeWidth: Number(BUCKET_RELATIVE_WIDTH.toFixed(4)),
    overall: statsOf(whole, nowMs - fromMs),
    points: steps.map((step, i) => {
      const startMs = fromMs + i * stepMs;
      return { start: new Date(startMs).toISOString(), ...statsOf(step, Math.min(stepMs, nowMs - startMs)) };
    }),
  };
}

/** Per step (index from `fromMs`): the counts, and the non-zero bucket sums (a sparse answer: most buckets are empty). */
async function readSteps(options: { serviceId: string; fromMs: number; toMs: number; stepMs: number }) {
  const { serviceId, fromMs, toMs, stepMs } = options;
  const from = new Date(fromMs);
  const to = new Date(toMs);
  return Promise.all([
    db.$queryRaw<{ step: number; requests: number; errors: number }[]>`
      SELECT floor((extract(epoch FROM "minute")::float8 * 1000 - ${fromMs}::float8) / ${stepMs}::float8)::int AS step,
        sum(requests)::float8 AS requests, sum(errors)::float8 AS errors
      FROM service_latency_minutes
      WHERE service_id = ${serviceId}::uuid AND "minute" >= ${from}::timestamptz AND "minute" < ${to}::timestamptz
      GROUP BY 1`,
    // The step is worked out once per minute row (the CTE is materialised), not once per bucket.
    db.$queryRaw<{ step: number; bucket: number; measured: number; simulated: number }[]>`
      WITH m AS MATERIALIZED (
        SELECT floor((extract(epoch FROM "minute")::float8 * 1000 - ${fromMs}::float8) / ${stepMs}::float8)::int AS step, measured_buckets, simulated_buckets
        FROM service_latency_minutes
        WHERE service_id = ${serviceId}::uuid AND "minute" >= ${from}::timestamptz AND "minute" < ${to}::timestamptz
      )
      SELECT m.step, (b.i - 1)::int AS bucket, sum(coalesce(b.measured, 0))::float8 AS measured, sum(coalesce(b.simulated, 0))::float8 AS simulated
      FROM m CROSS JOIN LATERAL unnest(m.measured_buckets, m.simulated_buckets) WITH ORDINALITY AS b(measured, simulated, i)
      WHERE b.measured > 0 OR b.simulated > 0
      GROUP BY 1, 2`,
  ]);
}

/** A step's (or the window's) figures; `elapsedMs` is how much of it has passed, for the rate. */
function statsOf(step: Step, elapsedMs: number): LatencyStats {
  return {
    requests: step.requests,
    errors: step.errors,
    requestsPerSecond: round(step.requests / Math.max(1, elapsedMs / 1000)),
    errorRate: step.requests ? round(step.errors / step.requests) : null,
    measuredMs: percentilesOf(step.measured),
    simulatedMs: percentilesOf(step.simulated),
  };
}

function percentilesOf(counts: number[]): LatencyPercentiles | null {
  const [p50, p95, p99] = [0.5, 0.95, 0.99].map((p) => percentileFromBuckets({ counts, p }));
  return p50 === null ? null : { p50: round(p50), p95: round(p95!), p99: round(p99!) };
}

/** Four significant digits: the buckets are 12% wide, more would be noise. */
function round(value: number): number {
  return Number(value.toPrecision(4));
}
