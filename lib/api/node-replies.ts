import type http from "node:http";
import type { ApiReplies } from "./serve-api-request";

/**
 * Replies of the API pipeline for a plain node:http server (web's data paths, the
 * worker's hosts): the problem is written to the response, and the status is the reply.
 */
export function nodeReplies(response: http.ServerResponse): ApiReplies<number> {
  return {
    problem: (problem, headers) => {
      // Mid-reply there is no way to send a problem any more; cut the connection so the
      // client sees a failure rather than a truncated success.
      if (response.headersSent) return response.destroy(), problem.status;
      const text = JSON.stringify(problem);
      // Refused before its body was read (too large, wrong type): say so and close, rather
      // than have node read and discard the rest of a body we will never use.
      const isBodyUnread = !response.req.complete;
      response.writeHead(problem.status, { ...headers, "content-length": Buffer.byteLength(text), ...(isBodyUnread ? { connection: "close" } : {}) });
      response.end(text, () => isBodyUnread && response.req.socket.destroySoon());
      return problem.status;
    },
    statusOf: (status) => status,
  };
}
