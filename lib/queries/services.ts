import { mutationOptions, queryOptions } from "@tanstack/react-query";
import { isApiError, toApiError } from "@/lib/client/api-error";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { ScoreImageResponse } from "@/lib/client/score-image";
import type { ScoreResponse } from "@/lib/serving/score-response";
import type { ServiceDto, ServiceState } from "@/lib/services/types";

export type ServiceKeyName = "primary" | "secondary";
export type CreateServiceBody = {
  name: string;
  image: { name: string; version: number };
  compute: string;
  replicas: number;
  fpgasPerReplica?: number;
  autoscale?: ServiceDto["autoscale"];
  authEnabled: boolean;
};

// STYLE.md "Live status": poll every second while a deployment or teardown runs. An
// Unhealthy service can heal (a worker comes back), so it is watched too, more slowly.
const LIVE_POLL_MS = 1_000;
/** Deleted meanwhile (a teardown ended): stop asking. */
const isGone = (error: unknown) => isApiError(error) && error.status === 404;
const UNHEALTHY_POLL_MS = 5_000;
const ACTIVE_STATES = new Set<ServiceState>(["Transitioning", "Deleting"]);

export function isServiceActive(service: Pick<ServiceDto, "state"> | undefined): boolean {
  return !!service && ACTIVE_STATES.has(service.state);
}

function pollInterval(services: Pick<ServiceDto, "state">[]): number | false {
  if (services.some(isServiceActive)) return LIVE_POLL_MS;
  return services.some((s) => s.state === "Unhealthy") ? UNHEALTHY_POLL_MS : false;
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
    refetchInterval: (query) => (isGone(query.state.error) ? false : query.state.data ? pollInterval([query.state.data]) : LIVE_POLL_MS),
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

export type ScoreServiceOptions = { name: string; file: Blob; key?: string; signal?: AbortSignal };

/**
 * Sends one image as the raw body, as a client of the deployed service would, with the
 * service key as a bearer token. Same answer as a model's score route.
 */
export async function scoreService({ name, file, key, signal }: ScoreServiceOptions): Promise<ScoreImageResponse> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${serviceUrl(name)}/score`, {
      method: "POST",
      body: file,
      headers: {
        accept: "application/json",
        "content-type": file.type || "application/octet-stream",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw toApiError(0, "");
  }
  const text = await response.text();
  if (!response.ok) throw toApiError(response.status, text, response.statusText);
  return { result: JSON.parse(text) as ScoreResponse, roundTripMs: performance.now() - started };
}

/** Scoring changes nothing on the server, so there is nothing to invalidate. */
export function scoreServiceMutationOptions() {
  return mutationOptions({
    mutationKey: [...serviceKeys.all, "score"],
    mutationFn: (options: ScoreServiceOptions) => scoreService(options),
    retry: false,
  });
}
