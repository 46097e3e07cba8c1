import type http from "node:http";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { nodeReplies } from "@/lib/api/node-replies";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { forwardedHeaders, forwardScore } from "./forward-score";

// POST /api/v1/models/{name}/versions/{v}/score with a raw image body, on web's node
// server: the image is piped to a worker and its answer piped back, without Next.

export const SCORE_PATH = /^\/api\/v1\/models\/([^/]+)\/versions\/([^/]+)\/score$/;

export async function proxyScore(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  await serveApiRequest({
    request: { method: "POST", path: url.pathname, requestIdHeader: request.headers["x-request-id"] as string | undefined },
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      const [, name, version] = SCORE_PATH.exec(url.pathname)!.map(decodePathSegment);
      const declared = request.headers["content-length"];
      const reply = await forwardScore({ name, version, search: url.search, body: request, contentLength: declared === undefined ? undefined : Number(declared), requestId });
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
