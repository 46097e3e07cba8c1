import type http from "node:http";
import type { ApiReplies } from "./serve-api-request";

// A refused request whose body is still arriving (too large, wrong type) is read and
// discarded for at most this long after the answer — a "lingering close", as nginx does —
// so the client reads the answer instead of a reset; a sender that keeps going is cut off.
const LINGER_MS = 2_000;

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
      response.writeHead(problem.status, { ...headers, "content-length": Buffer.byteLength(text) }).end(text);
      if (!response.req.complete) lingerThenClose(response.req);
      return problem.status;
    },
    statusOf: (status) => status,
  };
}

function lingerThenClose(request: http.IncomingMessage) {
  const cutOff = setTimeout(() => request.socket.destroy(), LINGER_MS);
  cutOff.unref();
  request.once("end", () => clearTimeout(cutOff));
  request.resume();
}
