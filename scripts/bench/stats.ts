/** Percentiles, throughput and a printable row for a set of latencies (ms). */
export type RunStats = { label: string; concurrency: number; requests: number; p50: number; p95: number; p99: number; mean: number; throughput: number };

export function summarize(label: string, concurrency: number, latencies: number[], wallMs: number): RunStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    label,
    concurrency,
    requests: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    throughput: (sorted.length / wallMs) * 1000,
  };
}

/** Runs `task` `total` times with at most `concurrency` in flight; returns each latency. */
export async function runPool(total: number, concurrency: number, task: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

export function formatRow(s: RunStats, bare?: RunStats): string {
  const f = (n: number) => n.toFixed(2).padStart(8);
  const ratio = bare ? `  p50 ×${(s.p50 / bare.p50).toFixed(2)}  thr ×${(s.throughput / bare.throughput).toFixed(2)}` : "";
  return `${s.label.padEnd(22)} c=${s.concurrency}  n=${String(s.requests).padStart(4)}  p50${f(s.p50)}  p95${f(s.p95)}  p99${f(s.p99)} ms  ${s.throughput.toFixed(1).padStart(7)} req/s${ratio}`;
}
