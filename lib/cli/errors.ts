import { AccelApiError } from "@/lib/client/api";

/** A failure the CLI reports in one line and exits with: 1 for a failed operation, 2 for misuse. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** One line for the operator: the problem's code and detail, or what went wrong on the way. */
export function describeFailure(error: unknown): string {
  if (error instanceof AccelApiError) return `${error.status} ${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
