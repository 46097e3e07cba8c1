import { AppError, ERROR_CODES, isAppError, type ErrorCode } from "@/lib/errors";

// An error crossing between threads loses its class (structured clone keeps only plain
// data), so an AppError travels as this record and is rebuilt on the other side.
export type ThreadError = { code?: ErrorCode; message: string; details?: Record<string, unknown> };

/** The plain record of an error thrown in a model thread. */
export function toThreadError(error: unknown): ThreadError {
  if (isAppError(error)) return { code: error.code, message: error.message, details: error.details };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error again, an AppError when it was one. */
export function fromThreadError(error: ThreadError): Error {
  return error.code && error.code in ERROR_CODES ? new AppError(error.code, error.message, error.details) : new Error(error.message);
}
