import { SHARE_ENV } from "node:worker_threads";
import { Piscina } from "piscina";
import { env } from "@/lib/env";
import type { InferenceTaskName, InferenceTasks } from "./inference-thread";
import { runOnPool, threadFile } from "./thread-tasks";

// One inference thread per process by default (INFERENCE_THREADS), created on first use
// and kept: it holds the loaded sessions, so letting it exit when idle would reload
// every model on the next request. It is not niced, unlike the model threads: scoring is
// the work that must win the CPU. Several tasks run in it at once, so that one image
// decodes (sharp, on libuv's pool) while another's inference holds the thread. Each
// thread has its own sessions: a second thread doubles the memory of every loaded model.
let pool: Piscina | undefined;

function getPool(): Piscina {
  const threads = env().INFERENCE_THREADS;
  pool ??= new Piscina({
    filename: threadFile("inference-thread"),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 8,
    env: SHARE_ENV,
  });
  return pool;
}

/** Runs one inference task in the inference thread; its AppError comes back as an AppError. */
export function runInInferenceThread<N extends InferenceTaskName>(task: N, options: Parameters<InferenceTasks[N]>[0]): Promise<Awaited<ReturnType<InferenceTasks[N]>>> {
  return runOnPool(getPool(), "runInferenceTask", { task, options });
}

/** Whether this process has started its inference thread (web never does; a node does on its first score). */
export function hasInferencePool(): boolean {
  return pool !== undefined;
}

/** Ends the inference threads and their sessions (a worker or test shutting down). */
export async function closeInferencePool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
