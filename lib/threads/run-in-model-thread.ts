import { existsSync } from "node:fs";
import path from "node:path";
import { SHARE_ENV, type Transferable } from "node:worker_threads";
import { Piscina } from "piscina";
import { env } from "@/lib/env";
import type { ModelTaskName, ModelTasks, ThreadOutcome } from "./model-thread";
import { fromThreadError } from "./thread-error";

// One pool of worker threads per process (web and worker each have theirs), created on
// first use. Small on purpose: model work is occasional, and every thread it keeps busy
// is a core scoring does not get. Its threads run at a lower priority (nice +10) so that
// when both want the CPU, scoring wins. Idle threads exit, giving their memory back.
let pool: Piscina | undefined;

function getPool(): Piscina {
  pool ??= new Piscina({
    filename: threadFile(),
    minThreads: 0,
    maxThreads: env().MODEL_THREADS,
    idleTimeout: 30_000,
    niceIncrement: 10,
    // Threads see the settings the process sees, including ones a test changes later.
    env: SHARE_ENV,
  });
  return pool;
}

/** Production runs the compiled thread; development and tests run the TypeScript through tsx. */
function threadFile(): string {
  const compiled = path.join(/*turbopackIgnore: true*/ process.cwd(), "dist", "server", "model-thread.mjs");
  if (env().NODE_ENV === "production" && existsSync(compiled)) return compiled;
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "threads", "model-thread-tsx.mjs");
}

/** Runs one model task off the event loop; its AppError comes back as an AppError. */
export async function runInModelThread<N extends ModelTaskName>(task: N, options: Parameters<ModelTasks[N]>[0], transferList?: Transferable[]): Promise<Awaited<ReturnType<ModelTasks[N]>>> {
  const outcome: ThreadOutcome<Awaited<ReturnType<ModelTasks[N]>>> = await getPool().run({ task, options }, { name: "runModelTask", transferList: transferList as never });
  if ("value" in outcome) return outcome.value;
  throw fromThreadError(outcome.error);
}

/** Ends the pool's threads (a worker or test shutting down). */
export async function closeModelPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
