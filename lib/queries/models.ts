import { queryOptions } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { ModelDto } from "@/lib/models/to-model-dto";

export type ModelListFilters = { name?: string; tag?: string; page?: number; pageSize?: number };
export type ModelPage = { items: ModelDto[]; page: number; pageSize: number; total: number; nextPage: number | null };
export type ModelPatch = { description?: string; tags?: Record<string, string | null> };

// Hierarchical keys: invalidating ["models"] refreshes every list and every version.
export const modelKeys = {
  all: ["models"] as const,
  lists: () => [...modelKeys.all, "list"] as const,
  list: (filters: ModelListFilters) => [...modelKeys.lists(), filters] as const,
  model: (name: string) => [...modelKeys.all, "by-name", name] as const,
  versions: (name: string) => [...modelKeys.model(name), "versions"] as const,
  version: (name: string, version: number) => [...modelKeys.versions(name), version] as const,
};

const versionUrl = (name: string, version: number) =>
  `/api/v1/models/${encodeURIComponent(name)}/versions/${version}`;

export function modelListOptions(filters: ModelListFilters) {
  const params = new URLSearchParams({ latest: "true" });
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") params.set(key, String(value));
  return queryOptions({
    queryKey: modelKeys.list(filters),
    queryFn: () => fetchJson<ModelPage>(`/api/v1/models?${params}`),
  });
}

export function modelVersionsOptions(name: string) {
  return queryOptions({
    queryKey: modelKeys.versions(name),
    queryFn: () => fetchJson<ModelPage>(`/api/v1/models/${encodeURIComponent(name)}/versions?pageSize=100`),
  });
}

export function modelVersionOptions(name: string, version: number) {
  return queryOptions({
    queryKey: modelKeys.version(name, version),
    queryFn: () => fetchJson<ModelDto>(versionUrl(name, version)),
  });
}

export function patchModel(options: { name: string; version: number; changes: ModelPatch }) {
  return sendJson<ModelDto>(versionUrl(options.name, options.version), "PATCH", options.changes);
}

export function deleteModelVersion(options: { name: string; version: number }) {
  return sendJson<{ name: string; version: number; deleted: true }>(versionUrl(options.name, options.version), "DELETE");
}
