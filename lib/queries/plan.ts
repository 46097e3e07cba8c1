import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import type { CapacityPlanDto } from "@/lib/capacity/types";

/** What the deploy form asks the planner (GET /api/v1/plan). */
export type PlanRequest = { model: string; version: number; rps: number; p99Ms: number; fpgasPerReplica: number };

// Keys by every input: a plan is a pure answer to its question (the server caches the
// node's measurement behind it), so the same question is never asked twice in a while.
export const planKeys = {
  all: ["plans"] as const,
  detail: (r: PlanRequest) => [...planKeys.all, r.model, r.version, r.fpgasPerReplica, r.rps, r.p99Ms] as const,
};

export function planOptions(request: PlanRequest) {
  const query = new URLSearchParams(Object.entries(request).map(([key, value]) => [key, String(value)]));
  return queryOptions({
    queryKey: planKeys.detail(request),
    queryFn: () => fetchJson<CapacityPlanDto>(`/api/v1/plan?${query}`),
    staleTime: 5 * 60_000,
    // A 422 (target out of reach, model not converted) is the answer, not a hiccup.
    retry: false,
  });
}
