import type http from "node:http";
import type { ApiReplies } from "./serve-api-request";

/**
 * Replies of the API pipeline for a plain node:http server (web's fast path, the worker's
 * hosts): the problem is written to the response, and the status is the reply.
 */
export function nodeReplies(response: http.ServerResponse): ApiReplies<number> {
  return {
    problem: (problem, headers) => {
      // Mid-reply there is no way to send a problem any more; cut the connection so the
      // client sees a failure rather than a truncated success.
      if (response.headersSent) response.destroy();
      else {
        const text = JSON.stringify(problem);
        response.writeHead(problem.status, { ...headers, "content-length": Buffer.byteLength(text) }).end(text);
      }
      return problem.status;
    },
    statusOf: (status) => status,
  };
}
