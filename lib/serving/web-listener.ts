import type http from "node:http";
import { CLIENT_IP_HEADER } from "@/lib/api/client-ip-header";
import { serveMetrics } from "@/lib/metrics/serve-metrics";
import { postModelUpload } from "./post-model-upload";
import { serveHealthz } from "./serve-healthz";
import { needsPageSession, requirePageSession } from "./require-page-session";
import { proxyScore, proxyServiceScore, SCORE_PATH, SERVICE_SCORE_PATH } from "./proxy-score";

// The web process's request listener. The bulk data paths of /api/v1 — a raw image to
// score (for a model version or a service), a model file to register — are served here on the node request, before Next.js
// sees them: Next's per-request work (about 2.5 ms) was most of the scoring hop, and its
// web-stream copy of a 100 MB upload about half a second of CPU (BENCHMARKS.md). They run
// through the same API pipeline as every Next route (lib/api/serve-api-request.ts).
// Everything else — pages, the rest of /api/v1, multipart scores — goes to Next.

type NodeRoute = {
  method: string;
  path: RegExp;
  accepts?: (request: http.IncomingMessage) => boolean;
  handle: (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => Promise<void>;
};

const isRawBody = (request: http.IncomingMessage) => !(request.headers["content-type"] ?? "").startsWith("multipart/");

const NODE_ROUTES: NodeRoute[] = [
  { method: "POST", path: SCORE_PATH, accepts: isRawBody, handle: proxyScore },
  { method: "POST", path: SERVICE_SCORE_PATH, accepts: isRawBody, handle: proxyServiceScore },
  { method: "POST", path: /^\/api\/v1\/models$/, handle: postModelUpload },
  { method: "GET", path: /^\/metrics$/, handle: serveMetrics },
  { method: "GET", path: /^\/healthz$/, handle: async (request, response, url) => void (await serveHealthz(request, response, url)) },
];

export function createWebListener(options: { handleNext: (request: http.IncomingMessage, response: http.ServerResponse) => void }) {
  return (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://web");
    const route = NODE_ROUTES.find((r) => r.method === request.method && r.path.test(url.pathname) && (r.accepts?.(request) ?? true));
    if (route) return void route.handle(request, response, url);
    // Next's handlers see no socket: the audit log's address comes from here, never from the client.
    request.headers[CLIENT_IP_HEADER] = request.socket.remoteAddress ?? "";
    if (!needsPageSession(url)) return void options.handleNext(request, response);
    void requirePageSession(request, response, url).then((isAllowed) => isAllowed && options.handleNext(request, response));
  };
}
