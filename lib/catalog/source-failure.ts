import { isAppError } from "@/lib/errors";

// Why one download source failed. Internal to the catalog fetcher: each failure is
// recorded as an attempt, and only the summary of all attempts reaches the caller
// as an AppError. The kind decides whether trying again later can help:
// - "missing": the source answered that it has no such file (HTTP 404/410, not in the mirror);
// - "refused": the source answered with another refusal repeating will not change (HTTP 401, 403…);
// - "mismatch": the source delivered a file, but not the catalog's (size or sha256);
// - "unreachable": no answer, a broken or stalled transfer, or HTTP 5xx/408/429; transient.

export type SourceFailureKind = "missing" | "refused" | "mismatch" | "unreachable";

export class SourceFailure extends Error {
  readonly kind: SourceFailureKind;

  constructor(kind: SourceFailureKind, reason: string) {
    super(reason);
    this.name = "SourceFailure";
    this.kind = kind;
  }

  get isTransient(): boolean {
    return this.kind === "unreachable";
  }
}

/**
 * Turns whatever a failed attempt threw into a SourceFailure. Node's fetch (undici)
 * rejects with `TypeError("fetch failed")` and puts the socket error, with its errno
 * code (ECONNREFUSED, ENOTFOUND, ECONNRESET…), in `cause`; a body cut off mid-way
 * fails with `TypeError("terminated")` and the socket error in `cause` likewise.
 */
export function toSourceFailure(error: unknown, attemptSignal: AbortSignal): SourceFailure {
  if (attemptSignal.aborted && attemptSignal.reason instanceof SourceFailure) return attemptSignal.reason;
  if (error instanceof SourceFailure) return error;
  if (isAppError(error)) {
    // From writeHashedFile: a wrong file, or a source that stopped sending (timeout).
    const reason = error.message.replace(/\.$/, "");
    return new SourceFailure(error.code === "digest_mismatch" ? "mismatch" : "unreachable", reason);
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "EISDIR") return new SourceFailure("missing", (error as Error).message);
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === "string") {
    const detail = typeof cause.message === "string" && cause.message ? `: ${cause.message}` : "";
    return new SourceFailure("unreachable", `network error (${cause.code}${detail})`);
  }
  if (cause && typeof cause.message === "string") return new SourceFailure("unreachable", cause.message);
  const message = error instanceof Error ? error.message : String(error);
  return new SourceFailure("unreachable", message || "unknown network error");
}

/** How an HTTP answer other than a usable 200 counts. */
export function toHttpFailure(response: Response): SourceFailure {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  if (response.ok) return new SourceFailure("unreachable", `${status} with an empty body`);
  if (response.status === 404 || response.status === 410) return new SourceFailure("missing", status);
  // 408 Request Timeout and 429 Too Many Requests invite a retry (RFC 9110 §15.5.9, RFC 6585 §4).
  if (response.status >= 500 || response.status === 408 || response.status === 429) return new SourceFailure("unreachable", status);
  return new SourceFailure("refused", status);
}
