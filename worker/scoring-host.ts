import http from "node:http";
import type { AddressInfo } from "node:net";
import { toAppError } from "@/lib/api/to-app-error";
import { AppError, PROBLEM_CONTENT_TYPE, toProblem } from "@/lib/errors";
import { handleScore } from "./scoring/handle-score";

// The worker's data-plane HTTP host: image scoring for registered models (forwarded
// by web, or called directly) and the KServe v2 health probes. TF Serving and KServe
// inference routes join it with services.

export type ScoringHost = { url: string; close: () => Promise<void> };

const SCORE_ROUTE = /^\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;

export async function startScoringHost(options: { host: string; port: number; isReady: () => boolean }): Promise<ScoringHost> {
  const server = http.createServer((request, response) => {
    void route(request, options.isReady)
      .then(({ status, body }) => send(response, status, body, "application/json"))
      .catch((error) => {
        const problem = toProblem(toAppError(error), request.url);
        if (problem.status >= 500) console.error(`[worker] ${request.method} ${request.url} failed:`, error);
        send(response, problem.status, problem, PROBLEM_CONTENT_TYPE);
      });
  });
  server.keepAliveTimeout = 65_000; // outlive web's pooled connections so reuse never races a close
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    }),
  };
}

async function route(request: http.IncomingMessage, isReady: () => boolean): Promise<{ status: number; body: unknown }> {
  const url = new URL(request.url ?? "/", "http://worker");
  if (url.pathname === "/v2/health/live") return { status: 200, body: { live: true } };
  if (url.pathname === "/v2/health/ready") return { status: isReady() ? 200 : 503, body: { ready: isReady() } };
  const score = SCORE_ROUTE.exec(url.pathname);
  if (score) {
    if (request.method !== "POST") throw new AppError("method_not_allowed", "Score with POST and the image as the body.", { allow: ["POST"] });
    const params = { name: decodeURIComponent(score[1]), version: decodeURIComponent(score[2]) };
    return { status: 200, body: await handleScore(request, params, url.searchParams) };
  }
  throw new AppError("not_found", `No route ${request.method} ${url.pathname} on this worker.`);
}

function send(response: http.ServerResponse, status: number, body: unknown, contentType: string) {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  response.end(text);
}
