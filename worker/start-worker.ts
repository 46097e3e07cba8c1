import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { EventEmitter } from "node:events";
import { Logger, run, type Runner, type WorkerEvents } from "graphile-worker";
import { sweepArtifacts } from "@/lib/artifacts";
import { db, disconnectDb } from "@/lib/db";
import { env, requireDatabaseUrl } from "@/lib/env";
import type { TaskName } from "@/lib/jobs";
import { adoptOrphanNodes } from "@/lib/computes";
import { handOverNodes } from "@/lib/computes/hand-over-nodes";
import { warmHostedModels } from "@/lib/services/warm-hosted-models";
import { runAutoscaler } from "@/lib/services/autoscale/run-autoscaler";
import { sweepSharedCalibrationUploads } from "@/lib/conversions/shared-calibration-uploads";
import { failLostPulls } from "@/lib/pulls";
import { reconcileServiceHealth } from "@/lib/services";
import { startLatencyHistory } from "@/lib/service-history/start-latency-history";
import { closeChangeFeed } from "@/lib/db/notified-cache";
import { closeInferencePool } from "@/lib/threads/run-in-inference-thread";
import { closeModelPool } from "@/lib/threads/run-in-model-thread";
import { beatWorker, reapDeadWorkers, releaseJobs, unregisterWorker } from "@/lib/workers";
import { startGrpcHost } from "./grpc/start-grpc-host";
import { startScoringHost } from "./scoring-host";
import { logger } from "@/lib/logging";
import { observeJobs } from "@/lib/metrics/job-metrics";
import { taskList } from "./task-list";

const workerLog = logger("worker");

const HEARTBEAT_MS = 5_000;

/**
 * A worker beats at least three times per WORKER_STALE_SECONDS: with a stale window
 * shorter than the beat (2 s against 5 s, as a test sets), a live worker looked dead most
 * of the time, and a deployment found "no live worker" at random.
 */
function heartbeatMs(): number {
  return Math.min(HEARTBEAT_MS, (env().WORKER_STALE_SECONDS * 1000) / 3);
}
const SWEEP_MS = 15 * 60_000;
// The autoscaler reads the latency rollups, which nodes flush every 10 s: a pass more often would see nothing new.
const AUTOSCALE_EVERY_MS = 15_000;

export type StartedWorker = {
  id: string;
  scoringUrl: string | null;
  grpcAddress: string | null;
  /**
   * Stops the worker. With `drainSeconds` (SIGTERM: a rolling update), it first drains:
   * readiness turns false and no new job is taken, its nodes go to the other live workers,
   * and it keeps answering (forwarding to them) for that long, so that a load balancer sees
   * it leave before it closes; then in-flight requests and jobs finish.
   */
  stop: (options?: { drainSeconds?: number }) => Promise<void>;
};

export type StartWorkerOptions = {
  /** The scoring host's port (0: any free one); null runs jobs only, as the CLI does. */
  httpPort?: number | null;
  /** A node's gRPC port (TF Serving, Open Inference Protocol v2); 0: any free one. WORKER_GRPC_PORT by default, or any free one when httpPort is 0 (several workers on one machine, as tests run them). */
  grpcPort?: number;
  concurrency?: number;
  /** Run only these tasks (the CLI runs pulls); all by default. */
  tasks?: TaskName[];
  log?: (line: string) => void;
};

/**
 * Starts one worker process's duties: the job queue, the heartbeat that lets others
 * recover its jobs if it dies, and — for a node (httpPort not null) — the scoring host and
 * the artifact sweep.
 */
export async function startWorker(options: StartWorkerOptions = {}): Promise<StartedWorker> {
  const log = options.log ?? ((line: string) => workerLog.info(line));
  const id = env().WORKER_ID ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const jobWorkerIds = new Set<string>();
  let isRunning = false;

  const isNode = options.httpPort !== null;
  const host = isNode ? await startScoringHost({ host: env().WORKER_HOST, port: options.httpPort ?? env().WORKER_HTTP_PORT, workerId: id, isReady: () => isRunning }) : undefined;
  const grpcHost = isNode ? await startGrpcHost({ host: env().WORKER_HOST, port: options.grpcPort ?? (options.httpPort === 0 ? 0 : env().WORKER_GRPC_PORT), context: { workerId: id, isReady: () => isRunning } }) : undefined;
  // A stable id (WORKER_ID: a StatefulSet pod restarted) is this host's previous life: its
  // jobs are released at once, and its nodes are still its own.
  if (env().WORKER_ID) await releasePreviousJobs(id).catch((e) => log(`releasing a previous run's jobs failed: ${errorText(e)}`));
  await beatWorker({ id, scoringUrl: host?.url, grpcUrl: grpcHost?.address, jobWorkerIds: [] });
  // Whoever had this scoring URL before us is dead (we hold its port now): reap it at
  // once rather than after its heartbeat goes stale, so its jobs run again without delay.
  await reapDeadWorkers({ staleSeconds: env().WORKER_STALE_SECONDS, selfId: id, scoringUrl: host?.url })
    .then(({ reaped }) => reaped.length && log(`reaped dead worker(s) ${reaped.join(", ")} and released their jobs`))
    .catch((e) => log(`reaping dead workers failed: ${errorText(e)}`));
  const sweep = () =>
    sweepArtifacts()
      .then(({ removed }) => removed.length && log(`swept ${removed.length} orphan file(s)`))
      .then(() => sweepSharedCalibrationUploads())
      .then((removed) => removed.length && log(`swept ${removed.length} calibration image(s) of ended conversions from the shared store`))
      .catch((e) => log(`artifact sweep failed: ${errorText(e)}`));
  if (isNode) await sweep();
  // Nodes left without a worker are taken before any job runs: a deployment job would
  // otherwise move them one by one, racing this process's first heartbeat.
  if (isNode) {
    const adopted = await adoptOrphanNodes({ workerId: id }).catch((e) => (log(`adopting nodes failed: ${errorText(e)}`), []));
    if (adopted.length) log(`now serving node(s) ${adopted.join(", ")}, whose worker was gone`);
  }

  // Subscribe before run(): its pool is created while it starts. graphile-worker 0.18
  // locks jobs in the pool's name (locked_by = the pool id), so that id is what a live
  // worker must release if this process dies.
  const tasks = taskList(id);
  const events = new EventEmitter() as WorkerEvents;
  events.on("pool:create", ({ workerPool }) => jobWorkerIds.add(workerPool.id));
  observeJobs(events);
  const runner: Runner = await run({
    events,
    connectionString: requireDatabaseUrl(),
    concurrency: options.concurrency ?? env().WORKER_CONCURRENCY,
    taskList: options.tasks ? Object.fromEntries(options.tasks.map((name) => [name, tasks[name]])) : tasks,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: new Logger(() => (level, message) => {
      if (level === "error" || level === "warning") log(`${level}: ${message}`);
    }),
  });
  isRunning = true;

  let lastAutoscaleAt = 0;
  // The heartbeat itself is one small upsert on its own timer, never queued behind the
  // housekeeping below (loading a large model can take seconds): a worker busy with its
  // duties must not look dead to the others, who would take its jobs and nodes.
  const beatAlive = () => beatWorker({ id, scoringUrl: host?.url, grpcUrl: grpcHost?.address, jobWorkerIds: [...jobWorkerIds] }).catch((e) => log(`heartbeat failed: ${errorText(e)}`));
  const beat = async () => {
    await reapDeadWorkers({ staleSeconds: env().WORKER_STALE_SECONDS, selfId: id });
    const { failed } = await failLostPulls();
    if (failed.length) log(`marked ${failed.length} pull(s) whose job was lost as Failed`);
    if (isNode && isRunning) {
      const adopted = await adoptOrphanNodes({ workerId: id });
      if (adopted.length) log(`now serving node(s) ${adopted.join(", ")}, whose worker was gone`);
      const warmed = await warmHostedModels({ workerId: id });
      if (warmed.length) log(`loaded ${warmed.length} model(s) of the replicas on this worker's nodes`);
    }
    if (isNode && isRunning && Date.now() - lastAutoscaleAt >= AUTOSCALE_EVERY_MS) {
      lastAutoscaleAt = Date.now();
      for (const outcome of (await runAutoscaler()) ?? []) {
        if (outcome.reached !== null) log(`autoscaled ${outcome.service}: ${outcome.decision.current} → ${outcome.reached} replica(s)`);
      }
    }
    const health = await reconcileServiceHealth();
    if (health.unhealthy.length) log(`service(s) ${health.unhealthy.join(", ")} have no live node: Unhealthy`);
  };
  // One round of housekeeping at a time: one slower than the interval (a busy machine, a
  // slow database) would otherwise overlap the next, and two would adopt, warm or scale at once.
  let beating: Promise<unknown> | null = null;
  const beatOrLog = () => (beating ??= beat().catch((e) => log(`housekeeping failed: ${errorText(e)}`)).finally(() => (beating = null)));
  await beatAlive();
  await beatOrLog();
  const heartbeat = setInterval(() => {
    void beatAlive();
    void beatOrLog();
  }, heartbeatMs());
  const sweeper = setInterval(() => void (isNode && sweep()), SWEEP_MS);
  heartbeat.unref();
  sweeper.unref();
  // A node records every score it answers; its rollups go to Postgres from here.
  const latencyHistory = isNode ? startLatencyHistory({ log }) : undefined;
  log(`started ${id}${host ? `; scoring host ${host.url}; gRPC ${grpcHost?.address}${grpcHost?.tls ? " (TLS)" : ""}` : " (jobs only)"}`);

  return {
    id,
    scoringUrl: host?.url ?? null,
    grpcAddress: grpcHost?.address ?? null,
    stop: async (stopOptions = {}) => {
      isRunning = false;
      if (stopOptions.drainSeconds !== undefined && isNode) {
        const stoppingJobs = runner.stop();
        const moved = await handOverNodes({ workerId: id }).catch((e) => (log(`handing nodes over failed: ${errorText(e)}`), []));
        if (moved.length) log(`draining: handed ${moved.map((m) => `${m.node} to ${m.to}`).join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, stopOptions.drainSeconds! * 1000));
        await stoppingJobs;
      }
      clearInterval(heartbeat);
      clearInterval(sweeper);
      if (stopOptions.drainSeconds === undefined || !isNode) await runner.stop();
      // A job interrupted by the shutdown can stay locked in our name; release it now so
      // the next worker takes it at once rather than after our heartbeat goes stale.
      await releaseJobs({ jobWorkerIds: [...jobWorkerIds] }).catch((e) => log(`releasing jobs failed: ${errorText(e)}`));
      await host?.close();
      await grpcHost?.close();
      // No score can arrive now: write the rest, the current minute included.
      await latencyHistory?.stop();
      await Promise.all([closeModelPool(), closeInferencePool(), closeChangeFeed()]);
      await unregisterWorker({ id }).catch((e) => log(`unregistering failed: ${errorText(e)}`));
      await disconnectDb();
    },
  };
}

async function releasePreviousJobs(id: string) {
  const previous = await db.worker.findUnique({ where: { id }, select: { jobWorkerIds: true } });
  if (previous?.jobWorkerIds.length) await releaseJobs({ jobWorkerIds: previous.jobWorkerIds });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
