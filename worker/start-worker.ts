import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { EventEmitter } from "node:events";
import { Logger, run, type Runner, type WorkerEvents } from "graphile-worker";
import { sweepArtifacts } from "@/lib/artifacts";
import { disconnectDb } from "@/lib/db";
import { env, requireDatabaseUrl } from "@/lib/env";
import { beatWorker, reapDeadWorkers, registerWorker, unregisterWorker } from "@/lib/workers";
import { startScoringHost } from "./scoring-host";
import { taskList } from "./task-list";

const HEARTBEAT_MS = 5_000;
const SWEEP_MS = 15 * 60_000;

export type StartedWorker = { id: string; scoringUrl: string; stop: () => Promise<void> };

/** Starts one worker process's duties: the job queue, heartbeat, clean-up and scoring host. */
export async function startWorker(options: { httpPort?: number; concurrency?: number; log?: (line: string) => void } = {}): Promise<StartedWorker> {
  const log = options.log ?? ((line: string) => console.log(line));
  const id = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const jobWorkerIds = new Set<string>();
  let isRunning = false;

  const host = await startScoringHost({ host: env().WORKER_HOST, port: options.httpPort ?? env().WORKER_HTTP_PORT, isReady: () => isRunning });
  await registerWorker({ id, scoringUrl: host.url });
  // Whoever had this scoring URL before us is dead (we hold its port now): reap it at
  // once rather than after its heartbeat goes stale, so its jobs run again without delay.
  await reapDeadWorkers({ staleSeconds: env().WORKER_STALE_SECONDS, selfId: id, scoringUrl: host.url })
    .then(({ reaped }) => reaped.length && log(`reaped dead worker(s) ${reaped.join(", ")} and released their jobs`))
    .catch((e) => log(`reaping dead workers failed: ${errorText(e)}`));
  const sweep = () =>
    sweepArtifacts()
      .then(({ removed }) => removed.length && log(`swept ${removed.length} orphan file(s)`))
      .catch((e) => log(`artifact sweep failed: ${errorText(e)}`));
  await sweep();

  // Subscribe before run(): its workers are created while it starts.
  const events = new EventEmitter() as WorkerEvents;
  events.on("worker:create", ({ worker }) => jobWorkerIds.add(worker.workerId));
  events.on("worker:release", ({ worker }) => jobWorkerIds.delete(worker.workerId));
  const runner: Runner = await run({
    events,
    connectionString: requireDatabaseUrl(),
    concurrency: options.concurrency ?? env().WORKER_CONCURRENCY,
    taskList,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: new Logger(() => (level, message) => {
      if (level === "error" || level === "warning") log(`${level}: ${message}`);
    }),
  });
  isRunning = true;

  const beat = async () => {
    await beatWorker({ id, jobWorkerIds: [...jobWorkerIds] });
    await reapDeadWorkers({ staleSeconds: env().WORKER_STALE_SECONDS, selfId: id });
  };
  const beatOrLog = () => beat().catch((e) => log(`heartbeat failed: ${errorText(e)}`));
  await beatOrLog();
  const heartbeat = setInterval(() => void beatOrLog(), HEARTBEAT_MS);
  const sweeper = setInterval(() => void sweep(), SWEEP_MS);
  heartbeat.unref();
  sweeper.unref();
  log(`started ${id}; scoring host ${host.url}`);

  return {
    id,
    scoringUrl: host.url,
    stop: async () => {
      isRunning = false;
      clearInterval(heartbeat);
      clearInterval(sweeper);
      await runner.stop();
      await host.close();
      await unregisterWorker({ id }).catch((e) => log(`unregistering failed: ${errorText(e)}`));
      await disconnectDb();
    },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
