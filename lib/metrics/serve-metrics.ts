import type http from "node:http";
import { nodeReplies } from "@/lib/api/node-replies";
import { nodeRequestInfo } from "@/lib/api/node-request-info";
import { serveApiRequest } from "@/lib/api/serve-api-request";
import { AggregatorRegistry } from "prom-client";
import { hasInferencePool, runInInferenceThread } from "@/lib/threads/run-in-inference-thread";
import { metricsRegistry } from "./registry";

/**
 * GET /metrics in Prometheus' text format, on web and on every node. It goes through
 * the API pipeline as /api/v1 does: open in local mode, a token (read scope) in token mode.
 */
export async function serveMetrics(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  await serveApiRequest({
    request: nodeRequestInfo(request, "/metrics", "api"),
    replies: nodeReplies(response),
    handle: async ({ requestId }) => {
      const registry = metricsRegistry();
      // The inference thread keeps its own counters (its session cache); merged with this process's, as prom-client merges a cluster's.
      const parts = [await registry.getMetricsAsJSON()];
      if (hasInferencePool()) parts.push(await runInInferenceThread("metrics", {}));
      const text = await AggregatorRegistry.aggregate(parts).metrics();
      response.writeHead(200, { "content-type": registry.contentType, "content-length": Buffer.byteLength(text), "x-request-id": requestId }).end(text);
      return 200;
    },
  });
}
