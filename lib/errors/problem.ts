import { AppError, isAppError } from "./app-error";
import { ERROR_CODES } from "./codes";

// RFC 9457 problem details; `code` is our stable, machine-readable extension.
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function toProblem(error: unknown, instance?: string): Problem {
  const appError = isAppError(error) ? error : new AppError("internal", "Something went wrong on the server.");
  const spec = ERROR_CODES[appError.code];
  return {
    type: `https://accel.studio/problems/${appError.code.replace(/_/g, "-")}`,
    title: spec.title,
    status: spec.status,
    detail: appError.message,
    code: appError.code,
    ...(instance ? { instance } : {}),
    ...(appError.details ?? {}),
  };
}

export function problemResponse(error: unknown, instance?: string): Response {
  const problem = toProblem(error, instance);
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE },
  });
}
