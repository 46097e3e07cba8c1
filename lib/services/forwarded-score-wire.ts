import type { ClientTensor } from "@/lib/scoring/client-tensor";
import type { ServiceScoreResponse } from "./score-service";

// How one node hands a service's score to another (forward-to-replica.ts →
// worker/rest/forwarded-score-route.ts). Every protocol arrives at a node already parsed
// into an image or a client tensor, and needs back the score and every class's
// probability; this carries exactly that, in binary, so neither side converts a tensor
// or a probability vector through JSON text. Both ends are this code base (same
// release), so the format is ours and has no version negotiation.
//
// Request body: the encoded image (content-type application/octet-stream), or the
// tensor's float32 values, little-endian, with its dims in a header.
// Reply body: the score's JSON (its byte length in a header), then the probabilities as
// little-endian float32 or float64 values.

export const FORWARDED_SCORE_PATH = (name: string) => `/internal/v1/services/${encodeURIComponent(name)}/score`;
export const FORWARDED_SCORE_ROUTE = /^\/internal\/v1\/services\/([^/]+)\/score$/;
export const TENSOR_CONTENT_TYPE = "application/x-accel-tensor";
export const SCORED_CONTENT_TYPE = "application/x-accel-scored";
export const TENSOR_DIMS_HEADER = "x-accel-tensor-dims";
export const JSON_LENGTH_HEADER = "x-accel-json-length";
export const PROBABILITIES_HEADER = "x-accel-probabilities";

export type ForwardedInput = { image?: Buffer; tensor?: ClientTensor };

export function encodeInput(input: ForwardedInput): { body: Buffer; headers: Record<string, string> } {
  if (input.tensor) {
    const { data, dims } = input.tensor;
    return { body: Buffer.from(data.buffer, data.byteOffset, data.byteLength), headers: { "content-type": TENSOR_CONTENT_TYPE, [TENSOR_DIMS_HEADER]: dims.join(",") } };
  }
  return { body: input.image ?? Buffer.alloc(0), headers: { "content-type": "application/octet-stream" } };
}

/** The receiving node's side; null when the dims header is not a list of sizes (the caller answers 400). */
export function decodeInput(body: Buffer, contentType: string | undefined, dims: string | undefined): ForwardedInput | null {
  if (contentType !== TENSOR_CONTENT_TYPE) return { image: body };
  const sizes = (dims ?? "").split(",").map(Number);
  if (sizes.some((d) => !Number.isInteger(d) || d < 0) || body.byteLength % 4 !== 0) return null;
  // Copied into an aligned buffer: a Float32Array cannot view an odd byte offset of the body.
  const data = new Float32Array(body.byteLength / 4);
  Buffer.from(data.buffer).set(body);
  return { tensor: { data, dims: sizes } };
}

export function encodeScored(response: ServiceScoreResponse, probabilities: Float32Array | Float64Array): { body: Buffer; headers: Record<string, string> } {
  const json = Buffer.from(JSON.stringify(response));
  const values = Buffer.from(probabilities.buffer, probabilities.byteOffset, probabilities.byteLength);
  return {
    body: Buffer.concat([json, values]),
    headers: { "content-type": SCORED_CONTENT_TYPE, [JSON_LENGTH_HEADER]: String(json.byteLength), [PROBABILITIES_HEADER]: probabilities instanceof Float64Array ? "float64" : "float32" },
  };
}

export function decodeScored(body: Buffer, jsonLength: number, kind: string | undefined): { response: ServiceScoreResponse; probabilities: Float32Array | Float64Array } {
  const response = JSON.parse(body.subarray(0, jsonLength).toString("utf8")) as ServiceScoreResponse;
  const rest = body.subarray(jsonLength);
  const width = kind === "float64" ? 8 : 4;
  const aligned = new ArrayBuffer(rest.byteLength - (rest.byteLength % width));
  Buffer.from(aligned).set(rest.subarray(0, aligned.byteLength));
  return { response, probabilities: width === 8 ? new Float64Array(aligned) : new Float32Array(aligned) };
}
