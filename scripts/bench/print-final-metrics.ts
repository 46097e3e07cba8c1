import { scrapeMetrics, sumBy, type Sample } from "./prometheus-text";
import type { RoleMemory } from "./studio-memory";

// The final counters of a bench, from web's and the worker's GET /metrics (lib/metrics):
// requests by protocol and status class, failed service scores, job attempts by task and
// outcome, the inference thread's session cache, the queue's depth, and each process's
// own resident memory beside what /proc said of it.

const MB = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

export async function printFinalMetrics(options: { web: string; worker: string; memory: RoleMemory[] }) {
  const scraped: [string, Sample[]][] = [];
  for (const [role, base] of [["web", options.web], ["worker", options.worker]] as const) {
    try {
      scraped.push([role, await scrapeMetrics(base)]);
    } catch (error) {
      console.log(`\n/metrics of ${role}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const section = (title: string, name: string, keyOf: (labels: Record<string, string>) => string, options: { roles?: string[]; empty?: string } = {}) => {
    console.log(`  ${title}`);
    for (const [role, samples] of scraped.filter(([r]) => !options.roles || options.roles.includes(r))) {
      const sums = sumBy(samples, name, keyOf);
      console.log(`    ${role.padEnd(7)} ${sums.length ? sums.map(([key, value]) => `${key} ${Number.isInteger(value) ? value : value.toFixed(2)}`).join(", ") : (options.empty ?? "none")}`);
    }
  };
  console.log("\nfinal counters (GET /metrics of web and of the worker node; since the studio started: setup and warm-up included)");
  section("accel_requests_total by protocol and status class", "accel_requests_total", (l) => `${l.protocol} ${l.status?.[0] ?? "?"}xx`);
  section("accel_service_score_errors_total by service and code", "accel_service_score_errors_total", (l) => `${l.service} ${l.code}`);
  section("accel_job_duration_seconds_count by task and outcome", "accel_job_duration_seconds_count", (l) => `${l.task} ${l.outcome}`);
  section("accel_model_sessions_total by event", "accel_model_sessions_total", (l) => l.event);
  // Only nodes run jobs, and report the one shared queue.
  section("accel_job_queue_depth by task and state", "accel_job_queue_depth", (l) => `${l.task} ${l.state}`, { roles: ["worker"], empty: "none (an empty queue has no series)" });
  console.log("  process_resident_memory_bytes (prom-client's default metrics, prefixed accel_) against /proc at the end");
  for (const [role, samples] of scraped) {
    const own = samples.find((s) => s.name === "accel_process_resident_memory_bytes" || s.name === "process_resident_memory_bytes");
    const proc = options.memory.find((m) => m.role === role);
    console.log(`    ${role.padEnd(7)} ${own ? `${MB(own.value)} MB` : "not exposed"}${proc ? ` (/proc: ${MB(proc.bytes)} MB)` : ""}`);
  }
}
