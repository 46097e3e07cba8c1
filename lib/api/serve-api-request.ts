import { randomUUID } from "node:crypto";
import { isAppError, problemHeaders, toProblem, type Problem } from "@/lib/errors";
import { toAppError } from "./to-app-error";

// The one way into /api/v1, whichever path a request takes: Next's route handlers
// (withApi) and web's scoring fast path (lib/serving/web-listener.ts) both run through
// serveApiRequest, so request ids, error mapping and logging — and the authentication
// that hooks in here next — cannot differ between them.

export type ApiRequestInfo = { method: string; path: string; requestIdHeader: string | null | undefined };
export type ApiContext = { requestId: string };

/** How one path writes a reply: the two paths differ only in this. */
export type ApiReplies<R> = {
  problem: (problem: Problem, headers: Record<string, string>) => R;
  statusOf: (reply: R) => number;
};

// A caller's id is kept (it ties our logs to theirs) only when it is a plain token.
const REQUEST_ID = /^[\w.:-]{1,128}$/;

export async function serveApiRequest<R>(options: {
  request: ApiRequestInfo;
  replies: ApiReplies<R>;
  handle: (context: ApiContext) => Promise<R>;
}): Promise<R> {
  const { request, replies } = options;
  const header = request.requestIdHeader ?? "";
  const context: ApiContext = { requestId: REQUEST_ID.test(header) ? header : randomUUID() };
  try {
    const reply = await options.handle(context);
    const status = replies.statusOf(reply);
    // A 5xx passed through from a worker is logged here too, not only the ones we raise.
    if (status >= 500) console.error(`[api] ${request.method} ${request.path} → ${status} (request ${context.requestId})`);
    return reply;
  } catch (error) {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      // Our own 5xx (a worker restarting) is one line; anything unexpected keeps its stack, here only.
      const line = `[api] ${request.method} ${request.path} → ${appError.status} ${appError.code} (request ${context.requestId})`;
      if (isAppError(error)) console.error(`${line}: ${error.message}`);
      else console.error(`${line}:`, error);
    }
    const problem = toProblem(appError, { instance: request.path, requestId: context.requestId });
    return replies.problem(problem, problemHeaders(problem, context.requestId));
  }
}
