// The worker process: the job queue, the heartbeat and the node's scoring host
// (worker/start-worker.ts). Started and restarted by the launcher (server/studio.ts).
import { startWorker } from "@/worker/start-worker";
import { logger } from "@/lib/logging";
import { env } from "@/lib/env";
import { exitOnLauncherLoss } from "./exit-on-launcher-loss";

const log = logger("worker");

const worker = await startWorker().catch((error: Error) => {
  log.fatal(`could not start: ${error.message}`);
  process.exit(1);
});
let isStopping = false;

async function shutdown(reason: string, options: { drainSeconds?: number } = {}) {
  if (isStopping) return;
  isStopping = true;
  log.info(`${reason}: ${options.drainSeconds !== undefined ? `draining for ${options.drainSeconds} s, then ` : ""}finishing running jobs and stopping`);
  const force = setTimeout(() => process.exit(1), 20_000 + (options.drainSeconds ?? 0) * 1000);
  force.unref();
  await worker.stop(options);
  process.exit(0);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
// SIGTERM is how Kubernetes (and the launcher) ask a node host to leave: drain first.
process.on("SIGTERM", () => void shutdown("SIGTERM", { drainSeconds: env().WORKER_DRAIN_SECONDS }));
exitOnLauncherLoss(() => void shutdown("the launcher is gone"));
