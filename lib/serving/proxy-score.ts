import type http from "node:http";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { nodeReplies } from "@/lib/api/node-replies";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { forwardedHeaders, forwardScore, sendToWorker } from "./forward-score";
import { serviceScoreTarget } from "./service-score-target";

// Scores with a raw image body, on web's node server: the image is piped to a worker and
// its answer piped back, without Next. A model version's score goes to any live worker;
// a service's (the studio's Test tab) to its scoring URI on a ready node, with the
// caller's key.

export const SCORE_PATH = /^\/api\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;
export const SERVICE_SCORE_PATH = /^\/api\/v1\/services\/([^/]+)\/score$/;

export function proxyScore(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  return relay(request, response, url, async (requestId, contentLength) => {
    const [, name, version] = SCORE_PATH.exec(url.pathname)!.map(decodePathSegment);
    return forwardScore({ name, version, search: url.search, body: request, contentLength, requestId });
  });
}

export function proxyServiceScore(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  return relay(request, response, url, async (requestId, contentLength) => {
    const target = await serviceScoreTarget({ name: decodePathSegment(SERVICE_SCORE_PATH.exec(url.pathname)![1]), search: url.search });
    const authorization = request.headers.authorization;
    return sendToWorker({ target, body: request, contentLength, requestId, headers: authorization ? { authorization } : {} });
  });
}

async function relay(request: http.IncomingMessage, response: http.ServerResponse, url: URL, send: (requestId: string, contentLength: number | undefined) => Promise<http.IncomingMessage>): Promise<void> {
  await serveApiRequest({
    request: { method: "POST", path: url.pathname, requestIdHeader: request.headers["x-request-id"] as string | undefined },
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      const declared = request.headers["content-length"];
      const reply = await send(requestId, declared === undefined ? undefined : Number(declared));
      const status = reply.statusCode ?? 502;
      response.writeHead(status, forwardedHeaders(reply, requestId));
      // pipe(), not stream/promises' pipeline: pipeline makes an AbortController per call
      // and aborts it on success, a DOMException with a stack trace per request — measured
      // at most of the fast path's own CPU. A client that leaves mid-reply is not a server
      // error: the socket is simply gone.
      reply.once("error", () => response.destroy());
      reply.pipe(response);
      return status;
    },
  });
}
