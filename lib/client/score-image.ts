import type { ScoreResponse } from "@/lib/serving/score-response";
import { toApiError } from "./api-error";
import { csrfHeaders } from "./csrf-headers";

export type { ScoreTimings, SimulatedLatency } from "@/lib/serving/score-response";
export type ScoreResult = ScoreResponse;

export type ScoreImageOptions = {
  model: { name: string; version: number };
  file: Blob;
  profiles: readonly string[];
  topK?: number;
  signal?: AbortSignal;
};

/** What the browser saw: the result and the round trip from sending the bytes to the parsed answer. */
export type ScoreImageResponse = { result: ScoreResult; roundTripMs: number };

/** Scores one image through a model version's score route. */
export async function scoreImage({ model, file, profiles, topK = 5, signal }: ScoreImageOptions): Promise<ScoreImageResponse> {
  const params = new URLSearchParams({ topK: String(topK) });
  if (profiles.length) params.set("profiles", profiles.join(","));
  return postScoreImage({ url: `/api/v1/models/${encodeURIComponent(model.name)}/versions/${model.version}/score?${params}`, file, signal });
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
