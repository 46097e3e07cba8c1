// The worker process: `node --import tsx worker/index.ts` (started by `npm start`).
import { startWorker } from "./start-worker";

const worker = await startWorker();
let isStopping = false;

async function shutdown(signal: string) {
  if (isStopping) return;
  isStopping = true;
  console.log(`[worker] ${signal}: finishing running jobs and stopping`);
  const force = setTimeout(() => process.exit(1), 20_000);
  force.unref();
  await worker.stop();
  process.exit(0);
}

process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
