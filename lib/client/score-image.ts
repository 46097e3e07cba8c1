import type { DeviceProfileId, PlacementSummary, Precision } from "@/lib/fpga/types";
import { toApiError } from "./api-error";

// The answer of POST /api/v1/models/{name}/versions/{v}/score, as the worker builds it
// (worker/scoring/handle-score.ts).

export type ScoreTimings = {
  decodeMs: number;
  preprocessMs: number;
  inferenceMs: number;
  postprocessMs: number;
  /** decode → postprocess inside the scoring engine. */
  totalMs: number;
  /** Receipt of the request to the reply on the worker; ≥ totalMs. */
  serverMs: number;
};

/** Computed by the NPU model (lib/fpga), never measured. */
export type SimulatedLatency = {
  profile: DeviceProfileId;
  precision: Precision;
  totalMs: number;
  deviceMs: number;
  hostMs: number;
  transferInMs: number;
  transferOutMs: number;
  partitionHandoffMs: number;
  utilization: number;
  effectiveTflops: number;
  placement: PlacementSummary;
};

export type ScoreResult = {
  model: { name: string; version: number; digest: string };
  top: { index: number; label: string; probability: number }[];
  input: { format: string; width: number; height: number };
  preprocessing: { code: string; isAssumed: boolean };
  timings: ScoreTimings;
  simulated: SimulatedLatency[];
};

export type ScoreImageOptions = {
  model: { name: string; version: number };
  file: Blob;
  profiles: readonly string[];
  topK?: number;
  signal?: AbortSignal;
};

/** What the browser saw: the result and the round trip from sending the bytes to the parsed answer. */
export type ScoreImageResponse = { result: ScoreResult; roundTripMs: number };

/**
 * Sends one image as the raw request body (no multipart: the web tier streams it to a
 * worker untouched). Throws ApiError with the problem's title and detail on failure.
 */
export async function scoreImage({ model, file, profiles, topK = 5, signal }: ScoreImageOptions): Promise<ScoreImageResponse> {
  const params = new URLSearchParams({ topK: String(topK) });
  if (profiles.length) params.set("profiles", profiles.join(","));
  const url = `/api/v1/models/${encodeURIComponent(model.name)}/versions/${model.version}/score?${params}`;
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      body: file,
      headers: { accept: "application/json", "content-type": file.type || "application/octet-stream" },
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
