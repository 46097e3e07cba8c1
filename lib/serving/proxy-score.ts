import type http from "node:http";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { nodeReplies } from "@/lib/api/node-replies";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { forwardedCredentials, forwardedHeaders, forwardScore, sendToWorker, serviceKeyHeaders } from "./forward-score";
import { serviceScoreTarget } from "./service-score-target";
import { nodeRequestInfo } from "@/lib/api/node-request-info";

// Scores with a raw image body, on web's node server: the image is piped to a worker and
// its answer piped back, without Next. A model version's score goes to any live worker;
// a service's (the studio's Test tab) to its scoring URI on a ready node, with the
// caller's key.

export const SCORE_PATH = /^\/api\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;
export const SERVICE_SCORE_PATH = /^\/api\/v1\/services\/([^/]+)\/score$/;

export function proxyScore(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  return relay(request, response, url, async (requestId, contentLength) => {
    const [, name, version] = SCORE_PATH.exec(url.pathname)!.map(decodePathSegment);
    return forwardScore({ name, version, search: url.search, body: request, contentLength, requestId, headers: forwardedCredentials(headerOf(request)) });
  });
}

export function proxyServiceScore(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  return relay(request, response, url, async (requestId, contentLength) => {
    const target = await serviceScoreTarget({ name: decodePathSegment(SERVICE_SCORE_PATH.exec(url.pathname)![1]), search: url.search });
    return sendToWorker({ target, body: request, contentLength, requestId, headers: serviceKeyHeaders(headerOf(request)) });
  });
}

async function relay(request: http.IncomingMessage, response: http.ServerResponse, url: URL, send: (requestId: string, contentLength: number | undefined) => Promise<http.IncomingMessage>): Promise<void> {
  await serveApiRequest({
    request: nodeRequestInfo(request, url.pathname, "api"),
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

const headerOf = (request: http.IncomingMessage) => (name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
