// The worker process: the job queue, the heartbeat and the node's scoring host
// (worker/start-worker.ts). Started and restarted by the launcher (server/studio.ts).
import { startWorker } from "@/worker/start-worker";
import { exitOnLauncherLoss } from "./exit-on-launcher-loss";

const worker = await startWorker().catch((error: Error) => {
  console.error(`could not start: ${error.message}`);
  process.exit(1);
});
let isStopping = false;

async function shutdown(reason: string) {
  if (isStopping) return;
  isStopping = true;
  console.log(`${reason}: finishing running jobs and stopping`);
  const force = setTimeout(() => process.exit(1), 20_000);
  force.unref();
  await worker.stop();
  process.exit(0);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
exitOnLauncherLoss(() => void shutdown("the launcher is gone"));
