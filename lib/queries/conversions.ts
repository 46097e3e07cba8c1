import { queryOptions } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { ConversionDto, ConversionPrecision, ConversionState } from "@/lib/conversions/types";
import { pollWhileActive, pollWhileAnyActive } from "./live-poll";
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

/** The states a conversion can still move from; its progress bar runs in them. */
export const CONVERSION_ACTIVE_STATES: readonly ConversionState[] = ["Queued", "Running"];

export function isConversionActive(conversion: Pick<ConversionDto, "state"> | undefined): boolean {
  return !!conversion && CONVERSION_ACTIVE_STATES.includes(conversion.state);
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
    refetchInterval: pollWhileAnyActive(isConversionActive),
  });
}

/** One conversion with its log; polled every second until it settles. */
export function conversionOptions(id: string) {
  return queryOptions({
    queryKey: conversionKeys.detail(id),
    queryFn: () => fetchJson<ConversionDto>(`/api/v1/conversions/${encodeURIComponent(id)}`),
    refetchInterval: pollWhileActive(isConversionActive),
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
