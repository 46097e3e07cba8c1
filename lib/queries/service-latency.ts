import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import type { LatencyWindow, ServiceLatencyDto } from "@/lib/service-history/types";
import { pollResource } from "./live-poll";
import { serviceKeys } from "./services";

// The last hour moves by the minute and a node flushes every 10 s, so it is asked every
// 15 s; a day's 15-minute and a week's 2-hour steps change slowly.
const REFRESH_MS: Record<LatencyWindow, number> = { "1h": 15_000, "24h": 60_000, "7d": 5 * 60_000 };

// Under the service's key: invalidating a service refreshes its history too.
export const serviceLatencyKeys = {
  window: (name: string, window: LatencyWindow) => [...serviceKeys.detail(name), "latency", window] as const,
};

/** A service's request rate, error rate and percentiles over the last hour, day or week. */
export function serviceLatencyOptions(options: { name: string; window: LatencyWindow }) {
  const { name, window } = options;
  return queryOptions({
    queryKey: serviceLatencyKeys.window(name, window),
    queryFn: () => fetchJson<ServiceLatencyDto>(`/api/v1/services/${encodeURIComponent(name)}/latency?window=${window}`),
    refetchInterval: pollResource<ServiceLatencyDto>(() => REFRESH_MS[window]),
  });
}
