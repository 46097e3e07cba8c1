import type { LatencyWindow } from "@/lib/service-history/types";

// Words and numbers of the service's latency history.

export const WINDOW_LABELS: Record<LatencyWindow, string> = { "1h": "Last hour", "24h": "Last day", "7d": "Last week" };

/** A studio's traffic is often light: under one a second, per minute reads better (0.05/s → "3.0/min"). */
export function formatRate(requestsPerSecond: number): string {
  if (requestsPerSecond >= 10) return `${requestsPerSecond.toFixed(0)}/s`;
  if (requestsPerSecond >= 1) return `${requestsPerSecond.toFixed(1)}/s`;
  return `${(requestsPerSecond * 60).toFixed(1)}/min`;
}

/** 0.0243 → "2.4%"; a rare error still shows ("<0.1%"), and none is "0%". */
export function formatErrorRate(rate: number | null): string {
  if (rate === null) return "—";
  if (rate === 0) return "0%";
  const percent = rate * 100;
  return percent < 0.1 ? "<0.1%" : `${percent.toFixed(1)}%`;
}

/** A step's start on the time axis: the clock for an hour or a day, with the weekday for a week. */
export function formatStepTime(ms: number, window: LatencyWindow): string {
  const date = new Date(ms);
  const clock = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return window === "7d" ? `${date.toLocaleDateString("en-GB", { weekday: "short" })} ${clock}` : clock;
}

/** 1-2-5 ticks from the largest at or under `min` to the smallest at or over `max`: a log axis's labels. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let decade = Math.floor(Math.log10(min)); decade <= Math.ceil(Math.log10(max)); decade += 1) {
    for (const step of [1, 2, 5]) ticks.push(Number((step * 10 ** decade).toPrecision(1)));
  }
  const from = Math.max(0, ticks.findLastIndex((t) => t <= min));
  const to = ticks.findIndex((t) => t >= max);
  return ticks.slice(from, to < 0 ? undefined : to + 1);
}
