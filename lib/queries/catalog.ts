import { queryOptions } from "@tanstack/react-query";
import type { CatalogEntry } from "@/lib/catalog/schemas";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { PullDto } from "@/lib/pulls/to-pull-dto";

export type CatalogItem = CatalogEntry & { registered: { name: string; version: number }[]; lastPull: PullDto | null };
export type PullLog = { at: string; level: string; message: string };
export type PullDetail = PullDto & { logs: PullLog[] };

const PULL_POLL_MS = 500;
const TERMINAL_PULL_STATES = new Set(["Succeeded", "Failed"]);

export function isPullActive(pull: Pick<PullDto, "state"> | null | undefined): boolean {
  return !!pull && !TERMINAL_PULL_STATES.has(pull.state);
}

export const catalogKeys = {
  all: ["catalog"] as const,
  list: () => [...catalogKeys.all, "list"] as const,
  pulls: () => ["pulls"] as const,
  pull: (id: string) => [...catalogKeys.pulls(), id] as const,
};

export function catalogOptions() {
  return queryOptions({
    queryKey: catalogKeys.list(),
    queryFn: () => fetchJson<{ items: CatalogItem[] }>("/api/v1/catalog"),
  });
}

/** A pull, polled every half second until it succeeds or fails. */
export function pullOptions(id: string) {
  return queryOptions({
    queryKey: catalogKeys.pull(id),
    queryFn: () => fetchJson<PullDetail>(`/api/v1/pulls/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data && !isPullActive(query.state.data) ? false : PULL_POLL_MS),
    staleTime: 0,
  });
}

export function requestPull(catalogId: string) {
  return sendJson<PullDto>(`/api/v1/catalog/${encodeURIComponent(catalogId)}/pull`, "POST");
}
