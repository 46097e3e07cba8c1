import type { ScoreResponse } from "@/lib/serving/score-response";
import { toApiError } from "./api-error";
import { csrfHeaders } from "./csrf-headers";

export type { ScoreTimings, SimulatedLatency } from "@/lib/serving/score-response";
export type ScoreResult = ScoreResponse;

/**
 * The score threshold the studio asks a detector for: the floor of the overlay's slider,
 * which then filters on the client (components/detection/detection-overlay.tsx says why
 * that is exact). The server's own default is 0.5.
 */
export const DETECTION_REQUEST_THRESHOLD = 0.2;

export type ScoreImageOptions = {
  model: { name: string; version: number };
  file: Blob;
  profiles: readonly string[];
  topK?: number;
  /** A detector is asked for its boxes down to DETECTION_REQUEST_THRESHOLD. */
  task?: "classification" | "detection";
  signal?: AbortSignal;
};

/** What the browser saw: the result and the round trip from sending the bytes to the parsed answer. */
export type ScoreImageResponse = { result: ScoreResult; roundTripMs: number };

/** Scores one image through a model version's score route. */
export async function scoreImage({ model, file, profiles, topK = 5, task, signal }: ScoreImageOptions): Promise<ScoreImageResponse> {
  const params = new URLSearchParams({ topK: String(topK), ...detectionParams(task) });
  if (profiles.length) params.set("profiles", profiles.join(","));
  return postScoreImage({ url: `/api/v1/models/${encodeURIComponent(model.name)}/versions/${model.version}/score?${params}`, file, signal });
}

export type ScoreServiceImageOptions = { name: string; file: Blob; key?: string; task?: ScoreImageOptions["task"]; signal?: AbortSignal };

/** Scores one image through a deployed service's score route, as its clients call it (the key in x-service-key). */
export async function scoreServiceImage({ name, file, key, task, signal }: ScoreServiceImageOptions): Promise<ScoreImageResponse> {
  const params = new URLSearchParams(detectionParams(task));
  const url = `/api/v1/services/${encodeURIComponent(name)}/score${params.size ? `?${params}` : ""}`;
  return postScoreImage({ url, file, headers: key ? { "x-service-key": key } : undefined, signal });
}

/**
 * The query a detector's score takes (scoreThreshold), empty for a classifier: the score
 * routes refuse parameters they do not know, and a classifier has no threshold.
 */
export function detectionParams(task: ScoreImageOptions["task"]): Record<string, string> {
  return task === "detection" ? { scoreThreshold: String(DETECTION_REQUEST_THRESHOLD) } : {};
}

export type PostScoreImageOptions = { url: string; file: Blob; headers?: Record<string, string>; signal?: AbortSignal };

/**
 * Sends one image as the raw request body (no multipart: the web tier streams it to a
 * worker untouched), to a model's or a deployed service's score route; both answer the
 * same. Throws ApiError with the problem's title and detail on failure.
 */
export async function postScoreImage({ url, file, headers, signal }: PostScoreImageOptions): Promise<ScoreImageResponse> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      body: file,
      headers: { accept: "application/json", "content-type": file.type || "application/octet-stream", ...csrfHeaders(), ...headers },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw toApiError(0, "");
  }
  const text = await response.text();
  if (!response.ok) throw toApiError(response.status, text, response.statusText);
  return { result: JSON.parse(text) as ScoreResult, roundTripMs: performance.now() - started };
}
