import http from "node:http";
import type { AddressInfo } from "node:net";

// The worker's data-plane HTTP host. It grows into the scoring endpoints (TF Serving
// REST, KServe v2) with the scoring engine; for now it answers the KServe v2 health
// probes so that orchestrators and the studio can tell the node is up.

export type ScoringHost = { url: string; close: () => Promise<void> };

export async function startScoringHost(options: { host: string; port: number; isReady: () => boolean }): Promise<ScoringHost> {
  const server = http.createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.url === "/v2/health/live") return send(200, { live: true });
    if (request.url === "/v2/health/ready") return options.isReady() ? send(200, { ready: true }) : send(503, { ready: false });
    send(404, { error: `No route ${request.method} ${request.url}` });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
