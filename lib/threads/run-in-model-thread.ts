import { SHARE_ENV, type Transferable } from "node:worker_threads";
import { Piscina } from "piscina";
import { env } from "@/lib/env";
import type { ModelTaskName, ModelTasks } from "./model-thread";
import { runOnPool, threadFile } from "./thread-tasks";

// One pool of worker threads per process (web and worker each have theirs), created on
// first use. Small on purpose: model work is occasional, and every thread it keeps busy
// is a core scoring does not get. Its threads run at a lower priority (nice +10) so that
// when both want the CPU, scoring wins. Idle threads exit, giving their memory back.
let pool: Piscina | undefined;

function getPool(): Piscina {
  pool ??= new Piscina({
    filename: threadFile("model-thread"),
    minThreads: 0,
    maxThreads: env().MODEL_THREADS,
    idleTimeout: 30_000,
    niceIncrement: 10,
    // Threads see the settings the process sees, including ones a test changes later.
    env: SHARE_ENV,
  });
  return pool;
}

/** Runs one model task off the event loop; its AppError comes back as an AppError. */
export function runInModelThread<N extends ModelTaskName>(task: N, options: Parameters<ModelTasks[N]>[0], transferList?: Transferable[]): Promise<Awaited<ReturnType<ModelTasks[N]>>> {
  return runOnPool(getPool(), "runModelTask", { task, options }, transferList);
}

/** Ends the pool's threads (a worker or test shutting down). */
export async function closeModelPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
