import { AppError, isAppError } from "./app-error";
import { ERROR_CODES } from "./codes";

// RFC 9457 problem details; `code` is our stable, machine-readable extension.
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function toProblem(error: unknown, options: { instance?: string; requestId?: string } = {}): Problem {
  const appError = isAppError(error) ? error : new AppError("internal", "Something went wrong on the server.");
  const spec: { status: number; title: string; publicDetail?: string } = ERROR_CODES[appError.code];
  return {
    // Extensions first: a detail named like a standard member must never replace it.
    ...(appError.details ?? {}),
    type: `https://accel.studio/problems/${appError.code.replace(/_/g, "-")}`,
    title: spec.title,
    status: spec.status,
    detail: spec.publicDetail ?? appError.message,
    code: appError.code,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.requestId ? { requestId: options.requestId } : {}),
  };
}

/** The headers a problem travels with on every HTTP surface. */
export function problemHeaders(problem: Problem, requestId?: string): Record<string, string> {
  const spec = (ERROR_CODES as Record<string, { retryAfterSeconds?: number }>)[problem.code] ?? {};
  return {
    "content-type": PROBLEM_CONTENT_TYPE,
    ...(spec.retryAfterSeconds ? { "retry-after": String(spec.retryAfterSeconds) } : {}),
    // RFC 6750 §3: a 401 names the scheme the client should use.
    ...(problem.status === 401 ? { "www-authenticate": 'Bearer realm="accel-studio"' } : {}),
    ...(requestId ? { "x-request-id": requestId } : {}),
  };
}
