import { isAppError } from "@/lib/errors";

/**
 * Whether a failed fetch may succeed if tried again later (a source was down, slow or
 * rate-limiting), as opposed to one that will fail the same way (no source has the
 * file, or only a wrong one). An abort is not a failure of the source: false here, and
 * the caller decides what an abort means.
 */
export function isTransientFailure(error: unknown): boolean {
  return isAppError(error) && error.details?.isTransient === true;
}
