import { logger } from "@/lib/logging";
import { httpRequests, httpRequestSeconds } from "./metrics";
import { protocolOf, routeLabel } from "./route-label";

const log = logger("access");

/** One request through the API pipeline: counted, timed, and (at LOG_LEVEL=debug) an access line. */
export function observeRequest(request: { method: string; path: string }, status: number, elapsedMs: number): void {
  const route = routeLabel(request.path);
  const protocol = protocolOf(request.path);
  httpRequests.inc({ route, protocol, method: request.method, status: String(status) });
  httpRequestSeconds.observe({ route, protocol }, elapsedMs / 1000);
  log.debug({ method: request.method, path: request.path, status, ms: Math.round(elapsedMs * 100) / 100 }, `${request.method} ${request.path} → ${status}`);
}
