import http from "node:http";

/**
 * Asks a worker's scoring host whether it is live (KServe v2 `/v2/health/live`). A
 * heartbeat is up to WORKER_STALE_SECONDS old; a worker killed since then answers no
 * more, and this says so within `timeoutMs`.
 */
export function probeWorker(options: { scoringUrl: string; timeoutMs?: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(new URL("/v2/health/live", options.scoringUrl), { timeout: options.timeoutMs ?? 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => resolve(false));
  });
}
