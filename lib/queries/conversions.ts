import { queryOptions } from "@tanstack/react-query";
import { isApiError } from "@/lib/client/api-error";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { ConversionDto, ConversionPrecision, ConversionState } from "@/lib/conversions/types";
import type { ModelPage } from "./models";

export type ConversionListFilters = { model?: string; state?: ConversionState };
export type CreateConversionBody = {
  model: string;
  version: number;
  inputTensors: string[];
  outputTensors: string[];
  deviceProfile: string;
  precision: ConversionPrecision;
  resultName?: string;
  calibrationImages?: { name: string; data: string }[];
};

// STYLE.md "Live status": poll while the job can still move, stop once it settles.
const LIVE_POLL_MS = 1_000;
/** Deleted meanwhile (a teardown ended): stop asking. */
const isGone = (error: unknown) => isApiError(error) && error.status === 404;
const ACTIVE_STATES = new Set<ConversionState>(["Queued", "Running"]);

export function isConversionActive(conversion: Pick<ConversionDto, "state"> | undefined): boolean {
  return !!conversion && ACTIVE_STATES.has(conversion.state);
}

// Hierarchical keys: invalidating ["conversions"] refreshes every list and every conversion.
export const conversionKeys = {
  all: ["conversions"] as const,
  lists: () => [...conversionKeys.all, "list"] as const,
  list: (filters: ConversionListFilters) => [...conversionKeys.lists(), filters] as const,
  detail: (id: string) => [...conversionKeys.all, id] as const,
};

export function conversionListOptions(filters: ConversionListFilters = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return queryOptions({
    queryKey: conversionKeys.list(filters),
    queryFn: () => fetchJson<{ items: ConversionDto[] }>(`/api/v1/conversions${params.size ? `?${params}` : ""}`),
    refetchInterval: (query) => (query.state.data?.items.some(isConversionActive) ? LIVE_POLL_MS : false),
  });
}

/** One conversion with its log; polled every second until it settles. */
export function conversionOptions(id: string) {
  return queryOptions({
    queryKey: conversionKeys.detail(id),
    queryFn: () => fetchJson<ConversionDto>(`/api/v1/conversions/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (isGone(query.state.error) ? false : !query.state.data || isConversionActive(query.state.data) ? LIVE_POLL_MS : false),
    staleTime: 0,
  });
}

/** Every version of framework onnx, the models a conversion takes (the API's largest page). */
export function convertibleModelsOptions() {
  return queryOptions({
    queryKey: ["models", "list", { framework: "onnx", latest: false }] as const,
    queryFn: () => fetchJson<ModelPage>("/api/v1/models?framework=onnx&pageSize=100"),
  });
}

export function createConversion(body: CreateConversionBody) {
  return sendJson<ConversionDto>("/api/v1/conversions", "POST", body);
}

export function cancelConversion(id: string) {
  return sendJson<ConversionDto>(`/api/v1/conversions/${encodeURIComponent(id)}/cancel`, "POST");
}
