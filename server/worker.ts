// The worker process: the job queue, the heartbeat and the node's scoring host
// (worker/start-worker.ts). Started and restarted by the launcher (server/studio.ts).
import { startWorker } from "@/worker/start-worker";
import { logger } from "@/lib/logging";
import { exitOnLauncherLoss } from "./exit-on-launcher-loss";

const log = logger("worker");

const worker = await startWorker().catch((error: Error) => {
  log.fatal(`could not start: ${error.message}`);
  process.exit(1);
});
let isStopping = false;

async function shutdown(reason: string) {
  if (isStopping) return;
  isStopping = true;
  log.info(`${reason}: finishing running jobs and stopping`);
  const force = setTimeout(() => process.exit(1), 20_000);
  force.unref();
  await worker.stop();
  process.exit(0);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
exitOnLauncherLoss(() => void shutdown("the launcher is gone"));
