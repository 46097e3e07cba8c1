import type { WorkerEvents } from "graphile-worker";
import { Gauge } from "prom-client";
import { queryRows } from "@/lib/db";
import { jobSeconds } from "./metrics";
import { metricsRegistry } from "./registry";

let depthGauge: Gauge<"task" | "state"> | undefined;

/**
 * Job metrics of a worker: each attempt's duration by task and outcome (from
 * graphile-worker's events), and the queue's depth by task, read from the queue when
 * Prometheus scrapes (every worker reports the same shared queue; take the max).
 */
export function observeJobs(events: WorkerEvents): void {
  const started = new Map<string, number>();
  events.on("job:start", ({ job }) => void started.set(job.id, performance.now()));
  events.on("job:complete", ({ job, error }) => {
    const at = started.get(job.id);
    started.delete(job.id);
    if (at !== undefined) jobSeconds.observe({ task: job.task_identifier, outcome: error ? "error" : "success" }, (performance.now() - at) / 1000);
  });
  depthGauge ??= new Gauge({
    name: "accel_job_queue_depth",
    help: "Jobs in the queue by task: ready (waiting for a worker), scheduled (waiting for their retry time), running",
    labelNames: ["task", "state"] as const,
    registers: [metricsRegistry()],
    async collect() {
      const rows = await queryRows<{ task: string; state: string; n: string }>(
        `SELECT task_identifier AS task,
                CASE WHEN locked_at IS NOT NULL THEN 'running' WHEN run_at > now() THEN 'scheduled' ELSE 'ready' END AS state,
                count(*) AS n
           FROM graphile_worker.jobs WHERE attempts < max_attempts OR locked_at IS NOT NULL GROUP BY 1, 2`,
        [],
      );
      this.reset();
      for (const row of rows) this.set({ task: row.task, state: row.state }, Number(row.n));
    },
  });
}
