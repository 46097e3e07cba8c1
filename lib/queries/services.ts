import { queryOptions } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { ServiceDto, ServiceState } from "@/lib/services/types";
import { LIVE_POLL_MS, pollResource } from "./live-poll";

export type ServiceKeyName = "primary" | "secondary";
export type CreateServiceBody = {
  name: string;
  image: { name: string; version: number };
  compute: string;
  replicas: number;
  fpgasPerReplica?: number;
  maxBatchSize?: number;
  maxQueueDelayMs?: number;
  autoscale?: ServiceDto["autoscale"];
  authEnabled: boolean;
};

// Polled every second while a deployment or teardown runs. An Unhealthy service can heal
// (a worker comes back), and an autoscaled one gains and loses replicas, so those are
// watched too, more slowly.
const UNHEALTHY_POLL_MS = 5_000;
const ACTIVE_STATES = new Set<ServiceState>(["Transitioning", "Deleting"]);

export function isServiceActive(service: Pick<ServiceDto, "state"> | undefined): boolean {
  return !!service && ACTIVE_STATES.has(service.state);
}

function pollInterval(services: (Pick<ServiceDto, "state"> & { autoscale?: Pick<ServiceDto["autoscale"], "enabled"> })[]): number | false {
  if (services.some(isServiceActive)) return LIVE_POLL_MS;
  return services.some((s) => s.state === "Unhealthy" || (s.state === "Healthy" && s.autoscale?.enabled)) ? UNHEALTHY_POLL_MS : false;
}

// Hierarchical keys: invalidating ["services"] refreshes the list and every service.
export const serviceKeys = {
  all: ["services"] as const,
  list: () => [...serviceKeys.all, "list"] as const,
  detail: (name: string) => [...serviceKeys.all, name] as const,
};

const serviceUrl = (name: string) => `/api/v1/services/${encodeURIComponent(name)}`;

export function serviceListOptions() {
  return queryOptions({
    queryKey: serviceKeys.list(),
    queryFn: () => fetchJson<{ items: ServiceDto[] }>("/api/v1/services"),
    refetchInterval: (query) => pollInterval(query.state.data?.items ?? []),
  });
}

/** One service with its replicas and log; polled while it changes. */
export function serviceOptions(name: string) {
  return queryOptions({
    queryKey: serviceKeys.detail(name),
    queryFn: () => fetchJson<ServiceDto>(serviceUrl(name)),
    refetchInterval: pollResource<ServiceDto>((service) => pollInterval([service])),
    staleTime: 0,
  });
}

export function createService(body: CreateServiceBody) {
  return sendJson<ServiceDto>("/api/v1/services", "POST", body);
}

export function deleteService(name: string) {
  return sendJson<unknown>(serviceUrl(name), "DELETE");
}

/** Answers the service with only the regenerated key in `keys`. */
export function regenerateServiceKey(options: { name: string; key: ServiceKeyName }) {
  return sendJson<ServiceDto>(`${serviceUrl(options.name)}/keys/regenerate`, "POST", { key: options.key });
}
