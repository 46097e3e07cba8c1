// The image's HEALTHCHECK (Docker, Compose; Kubernetes uses the probes in
// deploy/kubernetes instead). Plain Node with no imports from the app, so it costs one
// small process per check. One image runs either process, told apart by ACCEL_PROCESS:
// - worker: the node's readiness, GET /v2/health/ready on WORKER_HTTP_PORT (worker/scoring-host.ts);
// - web: GET /healthz on PORT, which answers 200 without a credential even in
//   AUTH_MODE=token (lib/serving/serve-healthz.ts), where /api/v1/health needs one.
// It reads the same variables as lib/env.ts, with the same defaults.
const config = process.env;
const isWorker = config.ACCEL_PROCESS === "worker";
const listenHost = (isWorker ? config.WORKER_HOST || config.HOST : config.HOST) || "127.0.0.1";
// A wildcard address is not one a client can dial; the process answers on loopback too.
const host = listenHost === "0.0.0.0" || listenHost === "::" ? "127.0.0.1" : listenHost;
const port = isWorker ? config.WORKER_HTTP_PORT || "8601" : config.PORT || "3000";
const path = isWorker ? "/v2/health/ready" : "/healthz";
const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}${path}`;

try {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(4000) });
  if (response.status !== 200) console.error(`${url} answered ${response.status}`);
  process.exitCode = response.status === 200 ? 0 : 1;
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
