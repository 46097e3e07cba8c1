import type http from "node:http";
import { pipeline } from "node:stream/promises";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { nodeReplies } from "@/lib/api/node-replies";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { forwardedHeaders, forwardScore } from "./forward-score";

// The web process's request listener. A raw-image score request is piped to a worker
// before Next.js sees it — Next's per-request work (about 2.5 ms here, BENCHMARKS.md)
// was most of the web path's overhead — through the same API pipeline as every Next
// route; everything else (pages, the rest of /api/v1, multipart scores) goes to Next.

const SCORE_PATH = /^\/api\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;

export function createWebListener(options: { handleNext: (request: http.IncomingMessage, response: http.ServerResponse) => void }) {
  return (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (isRawScoreRequest(request)) void proxyScore(request, response);
    else options.handleNext(request, response);
  };
}

/** True when this request is a raw-body score that the fast path handles. */
export function isRawScoreRequest(request: http.IncomingMessage): boolean {
  if (request.method !== "POST") return false;
  const contentType = request.headers["content-type"] ?? "";
  return !contentType.startsWith("multipart/") && SCORE_PATH.test((request.url ?? "").split("?")[0]);
}

async function proxyScore(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = request.url ?? "";
  const at = url.indexOf("?");
  const pathname = at < 0 ? url : url.slice(0, at);
  await serveApiRequest({
    request: { method: "POST", path: pathname, requestIdHeader: request.headers["x-request-id"] as string | undefined },
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      const [, name, version] = SCORE_PATH.exec(pathname)!.map(decodePathSegment);
      const declared = request.headers["content-length"];
      const reply = await forwardScore({
        name,
        version,
        search: at < 0 ? "" : url.slice(at),
        body: request,
        contentLength: declared === undefined ? undefined : Number(declared),
        requestId,
      });
      const status = reply.statusCode ?? 502;
      response.writeHead(status, forwardedHeaders(reply, requestId));
      // A client that leaves mid-reply is not a server error: the socket is simply gone.
      await pipeline(reply, response).catch(() => response.destroy());
      return status;
    },
  });
}
