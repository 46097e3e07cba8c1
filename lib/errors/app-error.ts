import { ERROR_CODES, type ErrorCode } from "./codes";

/** The one error type. Everything that reaches a user as an error is an AppError. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get grpcStatus(): number {
    return ERROR_CODES[this.code].grpc;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
