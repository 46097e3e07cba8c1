import type http from "node:http";
import { decodePathSegment } from "@/lib/api/decode-path-segment";
import { nodeReplies } from "@/lib/api/node-replies";
import { nodeRequestInfo } from "@/lib/api/node-request-info";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { detectionSettingsOf, scoreQuerySchema } from "@/lib/scoring";
import { decodeInput, encodeScored, FORWARDED_SCORE_ROUTE, TENSOR_DIMS_HEADER } from "@/lib/services/forwarded-score-wire";
import { scoreServiceWithProbabilities } from "@/lib/services/score-service";
import { readRequestBody } from "@/lib/serving/read-request-body";

// The receiving end of "any node routes": a node without a ready replica of a service
// sends the score here, to a node with one (lib/services/forward-to-replica.ts). It goes
// through the same pipeline and the same service-key check as the service's scoring URI,
// so it opens nothing the scoring URI does not; it is served here or refused, never
// forwarded again.

export type ForwardedScoreRequest = { request: http.IncomingMessage; response: http.ServerResponse; url: URL; receivedAt: number; workerId: string };

/** Serves the request when it is a forwarded score; false leaves it to the host. */
export function serveForwardedScore(options: ForwardedScoreRequest): boolean {
  const { request, response, url } = options;
  const route = FORWARDED_SCORE_ROUTE.exec(url.pathname);
  if (!route) return false;
  void serveApiRequest({
    request: nodeRequestInfo(request, url.pathname, "own"),
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      if (request.method !== "POST") throw new AppError("method_not_allowed", "Forward a score with POST.", { allow: ["POST"] });
      const query = scoreQuerySchema.parse(Object.fromEntries(url.searchParams));
      // A tensor travels as float32 values: up to 4 bytes for each byte of an image's budget is more than any model's input.
      const body = await readRequestBody(request, env().MAX_IMAGE_BYTES * 2);
      const input = decodeInput(body, request.headers["content-type"], header(request.headers[TENSOR_DIMS_HEADER]));
      if (!input) throw new AppError("validation_failed", `The ${TENSOR_DIMS_HEADER} header does not describe the tensor sent.`);
      const scored = await scoreServiceWithProbabilities({ name: decodePathSegment(route[1]), ...input, authorization: request.headers.authorization, workerId: options.workerId, topK: query.topK, detection: detectionSettingsOf(query), receivedAt: options.receivedAt, isForwarded: true });
      const { body: reply, headers } = encodeScored(scored.response, scored.probabilities);
      response.writeHead(200, { ...headers, "content-length": reply.byteLength, "x-request-id": requestId }).end(reply);
      return 200;
    },
  });
  return true;
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
