// Number formats of the Score page: latencies span 0.01 ms (simulated) to seconds (cold CPU).

/** Three significant-ish digits: 0.230 ms, 2.31 ms, 23.4 ms, 234 ms. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  const digits = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}

/** 0.99123 → "99.1%"; tiny probabilities say so rather than round to 0. */
export function formatProbability(probability: number): string {
  const percent = probability * 100;
  if (percent > 0 && percent < 0.1) return "<0.1%";
  return `${percent.toFixed(1)}%`;
}

export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-US", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
}
