import http from "node:http";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { forgetScoringWorkers, pickScoringWorker } from "@/lib/workers";

// The one web → worker hop for scoring, used by the fast path (web-listener.ts) and by the
// Next route (multipart forms). node:http with a keep-alive pool rather than fetch: the
// WHATWG layers of fetch cost a measurable share of a ~10 ms request (BENCHMARKS.md).
const workerAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
// Connections to a worker's Unix socket (same machine) are pooled apart from TCP ones.
const socketAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

// A first request to a large model waits for its session; past this the worker is stuck.
const UPSTREAM_TIMEOUT_MS = 60_000;

export type ForwardScoreOptions = {
  name: string;
  version: string;
  /** The query string, with its "?", or "". */
  search: string;
  /** A buffer is sent with its length; a stream (the fast path's request) is piped. */
  body: Uint8Array | Readable;
  contentLength?: number;
  requestId: string;
  /** The caller's credentials (forwardedCredentials), which the worker checks again. */
  headers?: Record<string, string>;
};

/** Sends an image to a live worker's scoring host; resolves with its reply once the headers are in. */
export async function forwardScore(options: ForwardScoreOptions): Promise<http.IncomingMessage> {
  const worker = await pickScoringWorker();
  const target = new URL(`/v1/models/${encodeURIComponent(options.name)}/versions/${encodeURIComponent(options.version)}/score${options.search}`, worker.url);
  return sendToWorker({ ...options, target, socketPath: worker.socketPath });
}

/** POSTs an image to a URL on a worker (a model's score route, a service's scoring URI), over its Unix socket when given one. */
export function sendToWorker(options: { target: URL; socketPath?: string; body: Uint8Array | Readable; contentLength?: number; requestId: string; headers?: Record<string, string> }): Promise<http.IncomingMessage> {
  const { target, socketPath } = options;
  const length = options.body instanceof Uint8Array ? options.body.byteLength : options.contentLength;
  return new Promise((resolve, reject) => {
    const upstream = http.request(target, {
      method: "POST",
      ...(socketPath ? { socketPath, agent: socketAgent } : { agent: workerAgent }),
      headers: {
        "content-type": "application/octet-stream",
        ...options.headers,
        "x-request-id": options.requestId,
        ...(length !== undefined ? { "content-length": length } : { "transfer-encoding": "chunked" }),
      },
    });
    upstream.setTimeout(UPSTREAM_TIMEOUT_MS, () => upstream.destroy(new AppError("timeout", `The worker did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} s.`)));
    upstream.once("response", resolve);
    upstream.once("error", (error) => {
      if (error instanceof AppError) return reject(error);
      // The worker died or is restarting: the next pick re-reads the live workers.
      forgetScoringWorkers();
      reject(new AppError("unavailable", "The worker did not answer (it may be restarting); try again in a few seconds."));
    });
    if (options.body instanceof Uint8Array) upstream.end(options.body);
    else options.body.pipe(upstream);
  });
}

/**
 * The caller's API credentials, sent on with a model version's score: the worker's score
 * route is an /api/v1 path too, and checks them itself (it may be reachable without web).
 */
export function forwardedCredentials(get: (name: string) => string | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ["authorization", "cookie"]) {
    const value = get(name);
    if (value) headers[name] = value;
  }
  return headers;
}

/**
 * The service key to send to a service's node. It travels in `x-service-key`, because in
 * AUTH_MODE=token `Authorization` carries the caller's API credential; with no sign-in
 * (local), `Authorization: Bearer <service key>` is the service key itself, as on the node.
 */
export function serviceKeyHeaders(get: (name: string) => string | null | undefined): Record<string, string> {
  const key = get("x-service-key");
  if (key) return { authorization: `Bearer ${key}` };
  const authorization = env().AUTH_MODE === "local" ? get("authorization") : undefined;
  return authorization ? { authorization } : {};
}

/** The headers of a worker's reply that travel on to the client, on either path. */
export function forwardedHeaders(reply: http.IncomingMessage, requestId: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": reply.headers["content-type"] ?? "application/json", "x-request-id": requestId };
  for (const name of ["content-length", "retry-after", "www-authenticate"] as const) {
    const value = reply.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  return headers;
}
