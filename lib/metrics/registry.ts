import { collectDefaultMetrics, register } from "prom-client";

// Each process (web, each worker node) has its own registry, scraped at its own /metrics:
// Prometheus labels each series with the instance it scraped, so nothing here names the
// process. prom-client's default metrics add CPU, memory, event-loop lag, GC and handles.

let isStarted = false;

export function metricsRegistry() {
  if (!isStarted) {
    isStarted = true;
    collectDefaultMetrics({ register, prefix: "accel_" });
  }
  return register;
}
