import type { Prisma } from "@/lib/db";
import type { TaskName, TaskPayloads } from "./schemas";

/**
 * Enqueues a graphile-worker job inside the caller's Prisma transaction, so the job
 * exists exactly when the row it works on does (ARCHITECTURE.md, "Data flow").
 */
export async function addJob<T extends TaskName>(
  tx: Prisma.TransactionClient,
  task: T,
  payload: TaskPayloads[T],
  options: { jobKey?: string; maxAttempts?: number } = {},
): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${task}::text,
    payload => ${JSON.stringify(payload)}::json,
    job_key => ${options.jobKey ?? null}::text,
    max_attempts => ${options.maxAttempts ?? 5}::int
  )`;
}
