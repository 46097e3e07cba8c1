import type http from "node:http";
import { nodeReplies } from "@/lib/api/node-replies";
import { nodeRequestInfo } from "@/lib/api/node-request-info";
import { serveApiRequest } from "@/lib/api/serve-api-request";

// GET /healthz on web's listener: the process is up and answering, for a load balancer's
// or Kubernetes' probes. Open in token mode (it says nothing but "ok") and it reads no
// database on purpose: a Postgres outage must not make every web pod look dead and be
// restarted at once; /api/v1/health (behind the credential) reports the database.
export const HEALTHZ_PATH = "/healthz";

export function serveHealthz(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<number> {
  return serveApiRequest({
    request: { ...nodeRequestInfo(request, url.pathname, "own"), isProbe: true },
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      const text = JSON.stringify({ status: "ok" });
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "cache-control": "no-store", "x-request-id": requestId }).end(text);
      return 200;
    },
  });
}
