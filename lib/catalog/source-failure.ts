// Why one download source failed. Internal to the catalog fetcher: each failure is
// recorded as an attempt, and only the summary of all attempts reaches the caller
// as an AppError.

export type SourceFailureKind = "missing" | "unreachable" | "mismatch";

export class SourceFailure extends Error {
  readonly kind: SourceFailureKind;

  constructor(kind: SourceFailureKind, reason: string) {
    super(reason);
    this.name = "SourceFailure";
    this.kind = kind;
  }
}

/**
 * Turns whatever a failed fetch or read threw into a SourceFailure. Node's fetch
 * (undici) rejects with `TypeError("fetch failed")` and puts the socket error, with
 * its errno code (ECONNREFUSED, ENOTFOUND, ECONNRESET…), in `cause`.
 */
export function toSourceFailure(error: unknown, attemptSignal: AbortSignal): SourceFailure {
  if (attemptSignal.aborted && attemptSignal.reason instanceof SourceFailure) return attemptSignal.reason;
  if (error instanceof SourceFailure) return error;
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === "string") {
    const detail = typeof cause.message === "string" && cause.message ? `: ${cause.message}` : "";
    return new SourceFailure("unreachable", `network error (${cause.code}${detail})`);
  }
  if (cause && typeof cause.message === "string") return new SourceFailure("unreachable", cause.message);
  const message = error instanceof Error ? error.message : String(error);
  return new SourceFailure("unreachable", message || "unknown network error");
}
