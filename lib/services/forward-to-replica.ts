import type { DetectionOptions } from "@/lib/detection/select-detections";
import http from "node:http";
import { AppError, ERROR_CODES, type ErrorCode } from "@/lib/errors";
import { requestContext } from "@/lib/logging";
import { serviceForwards } from "@/lib/metrics/metrics";
import { decodeScored, encodeInput, FORWARDED_SCORE_PATH, JSON_LENGTH_HEADER, PROBABILITIES_HEADER, type ForwardedInput } from "./forwarded-score-wire";
import type { RemoteReplica } from "./open-service-on-node";
import type { ServiceScoreResponse } from "./score-service";

// node:http with one keep-alive pool for every node this one forwards to: a connection per
// request would add a TCP handshake (and a TIME_WAIT socket) to each forwarded score.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
// Longer than any score, shorter than a client gives up: a node that stalls is skipped.
const FORWARD_TIMEOUT_MS = 30_000;

// Problems a replica's node answered (and counted in its own metrics), so that the node
// that relayed them does not count them a second time.
const replicaAnswers = new WeakSet<object>();
export const isReplicaAnswer = (error: unknown) => typeof error === "object" && error !== null && replicaAnswers.has(error);

export type ForwardedScore = { response: ServiceScoreResponse; probabilities: Float32Array | Float64Array };

/**
 * Sends a service's score to a node holding a ready replica (the one extra hop of "any
 * node routes"), trying the next replica when a node cannot be reached (it died, or is
 * draining and closed) or answers UNAVAILABLE (its replica is moving away). A node that
 * answers with any other problem (a bad input, a wrong key) decided; that answer is the
 * client's, as the same AppError.
 */
export async function forwardToReplica(options: { name: string; remote: RemoteReplica[]; input: ForwardedInput; authorization?: string; topK?: number; detection?: Partial<DetectionOptions> }): Promise<ForwardedScore> {
  const failures: string[] = [];
  for (const replica of options.remote) {
    try {
      const scored = await sendOnce(replica, options);
      serviceForwards.inc({ service: options.name, outcome: "ok" });
      return scored;
    } catch (error) {
      if (error instanceof AppError && error.code !== "unavailable") {
        serviceForwards.inc({ service: options.name, outcome: "answered" });
        replicaAnswers.add(error);
        throw error;
      }
      serviceForwards.inc({ service: options.name, outcome: error instanceof AppError ? "unavailable" : "unreachable" });
      failures.push(`${replica.node}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new AppError("unavailable", `No node holding a replica of service ${options.name} could be reached (${failures.join("; ")}); try again shortly.`);
}

function sendOnce(replica: RemoteReplica, options: { name: string; input: ForwardedInput; authorization?: string; topK?: number; detection?: Partial<DetectionOptions> }): Promise<ForwardedScore> {
  const { body, headers } = encodeInput(options.input);
  const requestId = requestContext.getStore()?.requestId;
  const url = new URL(FORWARDED_SCORE_PATH(options.name), replica.scoringUrl);
  if (options.topK) url.searchParams.set("topK", String(options.topK));
  // A detector's settings travel as the score route's own query parameters.
  const { scoreThreshold, iouThreshold, maxDetections, isPerClass } = options.detection ?? {};
  if (scoreThreshold !== undefined) url.searchParams.set("scoreThreshold", String(scoreThreshold));
  if (iouThreshold !== undefined) url.searchParams.set("iouThreshold", String(iouThreshold));
  if (maxDetections !== undefined) url.searchParams.set("maxDetections", String(maxDetections));
  if (isPerClass !== undefined) url.searchParams.set("perClass", String(isPerClass));
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: "POST",
      agent,
      headers: { ...headers, "content-length": body.byteLength, ...(options.authorization ? { authorization: options.authorization } : {}), ...(requestId ? { "x-request-id": requestId } : {}) },
    });
    request.setTimeout(FORWARD_TIMEOUT_MS, () => request.destroy(new Error(`no answer within ${FORWARD_TIMEOUT_MS / 1000} s`)));
    request.once("error", reject);
    request.once("response", (reply) => {
      const chunks: Buffer[] = [];
      reply.on("data", (chunk: Buffer) => chunks.push(chunk));
      reply.once("error", reject);
      reply.once("end", () => {
        const text = Buffer.concat(chunks);
        if (reply.statusCode === 200) {
          try {
            return resolve(decodeScored(text, Number(reply.headers[JSON_LENGTH_HEADER]), header(reply.headers[PROBABILITIES_HEADER])));
          } catch (error) {
            return reject(error);
          }
        }
        reject(toAppError(reply.statusCode ?? 502, text));
      });
    });
    request.end(body);
  });
}

/** The remote node's problem+json, as the AppError it was there. */
function toAppError(status: number, body: Buffer): AppError | Error {
  try {
    const { code, detail, type: _type, title: _title, status: _status, instance: _instance, requestId: _requestId, ...details } = JSON.parse(body.toString("utf8"));
    if (typeof code === "string" && code in ERROR_CODES) return new AppError(code as ErrorCode, String(detail), details);
  } catch {
    // not a problem document: the node is not answering as a node does
  }
  return new Error(`answered ${status}`);
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
