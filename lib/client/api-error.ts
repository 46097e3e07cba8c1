// Errors of the control-plane API arrive as RFC 9457 problem+json with a stable `code`
// (lib/errors/problem.ts). This turns any failed response into one error type the
// studio can show in words.

export type ProblemBody = {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  [extension: string]: unknown;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: ProblemBody;

  constructor(problem: ProblemBody) {
    super(problem.detail || problem.title || `The request failed with status ${problem.status}.`);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code ?? "unknown";
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Builds an ApiError from a response body that may or may not be problem+json. */
export function toApiError(status: number, bodyText: string, statusText = ""): ApiError {
  try {
    const body = JSON.parse(bodyText) as Partial<ProblemBody>;
    if (body && typeof body === "object" && (body.detail || body.title)) return new ApiError({ ...body, status });
  } catch {
    // not JSON: fall through to a generic message
  }
  const what = status === 0 ? "The studio could not be reached." : `The server answered ${status}${statusText ? ` ${statusText}` : ""}.`;
  return new ApiError({ status, title: what, detail: what, code: status === 0 ? "network_error" : "unknown" });
}

/** A sentence a person can act on: the server's detail, introduced by what went wrong. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    const { title, detail } = error.problem;
    if (title && detail && !detail.startsWith(title)) return `${title}. ${detail}`;
    return detail || title || error.message;
  }
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
