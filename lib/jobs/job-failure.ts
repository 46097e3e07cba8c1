import { isAppError } from "@/lib/errors";

/** Which attempt of a job this is, as graphile-worker counts them. */
export type JobAttempt = { number: number; max: number };

/**
 * Whether a pipeline job should be run again after this failure: an AppError says what
 * is wrong with the request or the resource (a bad tensor name, a missing file), which a
 * retry cannot fix; anything else (the database away, a worker stopping) may pass.
 */
export function shouldRetry(error: unknown, attempt: JobAttempt): boolean {
  if (isAppError(error) && error.code !== "unavailable") return false;
  return attempt.number < attempt.max;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
