import { db } from "@/lib/db";

/** Unlocks the jobs these graphile-worker ids hold, so another worker runs them. */
export async function releaseJobs(options: { jobWorkerIds: string[] }): Promise<void> {
  if (options.jobWorkerIds.length === 0) return;
  await db.$executeRaw`SELECT graphile_worker.force_unlock_workers(${options.jobWorkerIds}::text[])`;
}
