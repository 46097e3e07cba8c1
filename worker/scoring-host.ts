import { chmod, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { nodeReplies } from "@/lib/api/node-replies";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { scoreModelVersion, scoreQuerySchema } from "@/lib/scoring";
import { detectionSettingsOf } from "@/lib/scoring/schemas";
import { scoreService } from "@/lib/services";
import { readRequestBody } from "@/lib/serving/read-request-body";
import { isTfServingPath, serveTfServingRequest } from "./rest/tf-serving-routes";
import { serveKserveV2Rest } from "./rest/kserve-v2-routes";
import { serveForwardedScore } from "./rest/forwarded-score-route";
import { nodeRequestInfo } from "@/lib/api/node-request-info";
import { serveMetrics } from "@/lib/metrics/serve-metrics";
import { scoringSocketPath } from "@/lib/workers/scoring-socket-path";

// The worker's data-plane HTTP host: image scoring for registered models (forwarded by
// web, or called directly as Azure's scoring_uri was) and the KServe v2 health probes.
// Requests go through the same API pipeline as web's; TF Serving and KServe inference
// routes join it with services, each only translating to and from scoreModelVersion.

export type ScoringHost = { url: string; close: () => Promise<void> };

const SCORE_ROUTE = /^\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;
// A service's scoring URI on its node, as Azure's scoring_uri was: /api/v1/service/<name>/score.
const SERVICE_SCORE_ROUTE = /^\/api\/v1\/service\/([^/]+)\/score$/;

export async function startScoringHost(options: { host: string; port: number; workerId: string; isReady: () => boolean }): Promise<ScoringHost> {
  const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const receivedAt = performance.now();
    // Not ready (starting, or draining before it stops): each answer closes its connection,
    // so no client keeps a socket this process is about to close under it.
    if (!options.isReady()) response.setHeader("connection", "close");
    const url = new URL(request.url ?? "/", "http://worker");
    if (url.pathname === "/metrics" && request.method === "GET") return void serveMetrics(request, response);
    if (serveKserveV2Rest({ request, response, url, receivedAt, workerId: options.workerId })) return;
    if (serveForwardedScore({ request, response, url, receivedAt, workerId: options.workerId })) return;
    if (isTfServingPath(url.pathname)) return void serveTfServingRequest({ request, response, url, receivedAt, workerId: options.workerId });
    void serveApiRequest({
      // A model version's score (what web forwards) is an /api/v1 request and needs its credential; the rest are the node's own.
      request: { ...nodeRequestInfo(request, url.pathname, SCORE_ROUTE.test(url.pathname) ? "api" : "own"), isProbe: url.pathname.startsWith("/v2/health/") },
      replies: nodeReplies(response),
      handle: async ({ requestId }) => {
        const body = await route({ request, url, receivedAt, workerId: options.workerId, isReady: options.isReady });
        const status = "ready" in body && !body.ready ? 503 : 200;
        const text = JSON.stringify(body);
        response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "x-request-id": requestId }).end(text);
        return status;
      },
    });
  };
  const server = http.createServer(handle);
  server.keepAliveTimeout = 65_000; // outlive web's pooled connections so reuse never races a close
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  // The same host on a Unix socket, for web on this machine (lib/workers/scoring-socket-path.ts).
  const local = await listenOnSocket(handle, scoringSocketPath(options.workerId));
  const { port } = server.address() as AddressInfo;
  // A wildcard address is not one a client can dial; this machine's web reaches it on loopback.
  const advertised = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
  const closeServer = (s: http.Server) =>
    new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeIdleConnections();
    });
  return {
    url: `http://${advertised.includes(":") ? `[${advertised}]` : advertised}:${port}`,
    close: async () => {
      await Promise.all([closeServer(server), local && closeServer(local).then(() => rm(scoringSocketPath(options.workerId), { force: true }))]);
    },
  };
}

/** Listens on a Unix socket only this user may open; without one (a path the system refuses), web uses TCP. */
async function listenOnSocket(handle: http.RequestListener, socketPath: string): Promise<http.Server | null> {
  await rm(socketPath, { force: true }); // a previous process's, whose id this cannot be
  const server = http.createServer(handle);
  server.keepAliveTimeout = 65_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, resolve);
    });
    await chmod(socketPath, 0o600);
    return server;
  } catch {
    server.close();
    return null;
  }
}

async function route(options: { request: http.IncomingMessage; url: URL; receivedAt: number; workerId: string; isReady: () => boolean }): Promise<object> {
  const { request, url } = options;
  if (url.pathname === "/v2/health/live") return { live: true };
  if (url.pathname === "/v2/health/ready") return { ready: options.isReady() };
  const service = SERVICE_SCORE_ROUTE.exec(url.pathname);
  if (service) {
    if (request.method !== "POST") throw new AppError("method_not_allowed", "Score with POST and the image as the body.", { allow: ["POST"] });
    const query = scoreQuerySchema.parse(Object.fromEntries(url.searchParams));
    const image = await readRequestBody(request, env().MAX_IMAGE_BYTES);
    return scoreService({ name: decodePathSegment(service[1]), image, authorization: request.headers.authorization, workerId: options.workerId, topK: query.topK, detection: detectionSettingsOf(query), receivedAt: options.receivedAt });
  }
  const score = SCORE_ROUTE.exec(url.pathname);
  if (!score) throw new AppError("not_found", `No route ${request.method} ${url.pathname} on this worker.`);
  if (request.method !== "POST") throw new AppError("method_not_allowed", "Score with POST and the image as the body.", { allow: ["POST"] });
  const query = scoreQuerySchema.parse(Object.fromEntries(url.searchParams));
  const image = await readRequestBody(request, env().MAX_IMAGE_BYTES);
  const [name, version] = [decodePathSegment(score[1]), decodePathSegment(score[2])];
  return scoreModelVersion({ name, version, image, topK: query.topK, profiles: query.profiles, detection: detectionSettingsOf(query), receivedAt: options.receivedAt });
}
