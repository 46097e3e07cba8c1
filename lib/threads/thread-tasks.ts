import { existsSync } from "node:fs";
import path from "node:path";
import type { Transferable } from "node:worker_threads";
import type { Piscina } from "piscina";
import { env } from "@/lib/env";
import { fromThreadError, toThreadError, type ThreadError } from "./thread-error";

// What the model and inference threads share: a table of named tasks on the thread's
// side, settled into plain outcomes (an AppError's class does not survive the trip), and
// on the caller's side the file to start and the call that rebuilds the error.

export type ThreadOutcome<T> = { value: T } | { error: ThreadError };

type TaskTable = Record<string, (options: never) => Promise<unknown>>;

/** In the thread: runs the named task of `tasks` and settles it into a plain outcome. */
export async function settleTask(tasks: TaskTable, request: { task: string; options: unknown }): Promise<ThreadOutcome<unknown>> {
  try {
    const run = tasks[request.task] as (options: unknown) => Promise<unknown>;
    return { value: await run(request.options) };
  } catch (error) {
    return { error: toThreadError(error) };
  }
}

/** Production runs the compiled thread (dist/server/<name>.mjs); development and tests the TypeScript through tsx. */
export function threadFile(name: "model-thread" | "inference-thread"): string {
  const compiled = path.join(/*turbopackIgnore: true*/ process.cwd(), "dist", "server", `${name}.mjs`);
  if (env().NODE_ENV === "production" && existsSync(compiled)) return compiled;
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "threads", `${name}-tsx.mjs`);
}

/** In the caller: runs a task on a pool by its entry point's name; the thread's AppError comes back as an AppError. */
export async function runOnPool<T>(pool: Piscina, entry: string, request: { task: string; options: unknown }, transferList?: Transferable[]): Promise<T> {
  const outcome: ThreadOutcome<T> = await pool.run(request, { name: entry, transferList: transferList as never });
  if ("value" in outcome) return outcome.value;
  throw fromThreadError(outcome.error);
}
