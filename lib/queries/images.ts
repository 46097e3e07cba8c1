import { queryOptions } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { ImageDto, ImageState } from "@/lib/images/types";
import { pollWhileActive, pollWhileAnyActive } from "./live-poll";
import type { ModelPage } from "./models";

export type CreateImageBody = { name: string; model: string; version: number };

/** The states a build can still move from; its progress bar runs in them. */
export const IMAGE_ACTIVE_STATES: readonly ImageState[] = ["Queued", "Running"];

export function isImageActive(image: Pick<ImageDto, "state"> | undefined): boolean {
  return !!image && IMAGE_ACTIVE_STATES.includes(image.state);
}

// Hierarchical keys: ["images"] ⊃ ["images", name] (its versions) ⊃ ["images", name, version].
export const imageKeys = {
  all: ["images"] as const,
  list: () => [...imageKeys.all, "list"] as const,
  versions: (name: string) => [...imageKeys.all, name] as const,
  version: (name: string, version: number) => [...imageKeys.versions(name), version] as const,
};

export const imageVersionUrl = (name: string, version: number) => `/api/v1/images/${encodeURIComponent(name)}/versions/${version}`;

/** Every version of every image. */
export function imageListOptions() {
  return queryOptions({
    queryKey: imageKeys.list(),
    queryFn: () => fetchJson<{ items: ImageDto[] }>("/api/v1/images"),
    refetchInterval: pollWhileAnyActive(isImageActive),
  });
}

export function imageVersionsOptions(name: string) {
  return queryOptions({
    queryKey: imageKeys.versions(name),
    queryFn: () => fetchJson<{ items: ImageDto[] }>(`/api/v1/images/${encodeURIComponent(name)}`),
    refetchInterval: pollWhileAnyActive(isImageActive),
  });
}

/** One image version with its build log; polled every second until the build settles. */
export function imageOptions(name: string, version: number) {
  return queryOptions({
    queryKey: imageKeys.version(name, version),
    queryFn: () => fetchJson<ImageDto>(imageVersionUrl(name, version)),
    refetchInterval: pollWhileActive(isImageActive),
    staleTime: 0,
  });
}

/** Every version of framework accel-onnx: what an image can pack (the API's largest page). */
export function packableModelsOptions() {
  return queryOptions({
    queryKey: ["models", "list", { framework: "accel-onnx", latest: false }] as const,
    queryFn: () => fetchJson<ModelPage>("/api/v1/models?framework=accel-onnx&pageSize=100"),
  });
}

export function createImage(body: CreateImageBody) {
  return sendJson<ImageDto>("/api/v1/images", "POST", body);
}

export function deleteImage(options: { name: string; version: number }) {
  return sendJson<unknown>(imageVersionUrl(options.name, options.version), "DELETE");
}
