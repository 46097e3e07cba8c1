import { randomUUID } from "node:crypto";
import { authenticate, hasScope, isChange, recordAudit, requiredScope, type Principal, type RequestCredentials } from "@/lib/auth";
import { checkCsrf } from "@/lib/auth/csrf";
import { readSessionPrincipal } from "@/lib/auth/session";
import { AppError, isAppError, problemHeaders, toProblem, type Problem } from "@/lib/errors";
import { logger, requestContext } from "@/lib/logging";
import { observeRequest } from "@/lib/metrics/observe-request";
import { toAppError } from "./to-app-error";

// The one way into /api/v1, whichever path a request takes: Next's route handlers
// (withApi) and web's scoring fast path (lib/serving/web-listener.ts) both run through
// serveApiRequest, so request ids, error mapping, logging, authentication, scopes and the
// audit log cannot differ between them. A node's own protocols come through here too,
// with access "own": their callers hold service keys, which the service checks.

export type ApiRequestInfo = {
  method: string;
  path: string;
  requestIdHeader: string | null | undefined;
  /**
   * "api": /api/v1 and what web forwards (an API token or a session, scopes, CSRF, audit).
   * "own": the route checks its own credential — a service key on a node's protocols, the
   * token being signed in with at /api/auth/session.
   */
  access: "api" | "own";
  credentials?: RequestCredentials;
  /** The client's address, for the audit log. */
  ip?: string | null;
  /** A health probe: its "not ready" 503 is the answer asked for, not a fault to log as one. */
  isProbe?: boolean;
};
export type ApiContext = { requestId: string; principal: Principal | null };

/** How one path writes a reply: the two paths differ only in this. */
export type ApiReplies<R> = {
  problem: (problem: Problem, headers: Record<string, string>) => R;
  statusOf: (reply: R) => number;
};

// A caller's id is kept (it ties our logs to theirs) only when it is a plain token.
const REQUEST_ID = /^[\w.:-]{1,128}$/;

const log = logger("api");

export async function serveApiRequest<R>(options: {
  request: ApiRequestInfo;
  replies: ApiReplies<R>;
  handle: (context: ApiContext) => Promise<R>;
}): Promise<R> {
  const { request } = options;
  const header = request.requestIdHeader ?? "";
  const context: ApiContext = { requestId: REQUEST_ID.test(header) ? header : randomUUID(), principal: null };
  // Everything the request does — its handler, what it logs, what it forwards — knows its id.
  return requestContext.run({ requestId: context.requestId }, () => serveInContext(options, context));
}

async function serveInContext<R>(options: { request: ApiRequestInfo; replies: ApiReplies<R>; handle: (context: ApiContext) => Promise<R> }, context: ApiContext): Promise<R> {
  const { request, replies } = options;
  const startedAt = performance.now();
  let status = 500;
  try {
    if (request.access === "api") {
      context.principal = await authenticate(request.credentials ?? {}, { readSession: readSessionPrincipal });
      // A refused request is known by now, so the attempt goes to the audit log too.
      checkScope(context.principal, request);
      checkCsrf(context.principal, request, request.credentials ?? {});
    }
    const reply = await options.handle(context);
    status = replies.statusOf(reply);
    // A 5xx passed through from a worker is logged here too, not only the ones we raise.
    if (status >= 500 && !request.isProbe) log.error({ method: request.method, path: request.path, status }, `${request.method} ${request.path} → ${status}`);
    return reply;
  } catch (error) {
    const appError = toAppError(error);
    const problem = toProblem(appError, { instance: request.path, requestId: context.requestId });
    status = problem.status;
    if (appError.status >= 500) {
      // Our own 5xx (a worker restarting) is one line; anything unexpected keeps its stack, here only.
      const fields = { method: request.method, path: request.path, status, code: appError.code };
      // The database being away (mapped to "unavailable") is one line too: its stack says nothing new.
      if (isAppError(error) || appError.code === "unavailable") log.error(fields, `${request.method} ${request.path} → ${status} ${appError.code}: ${appError.message}`);
      else log.error({ ...fields, err: error }, `${request.method} ${request.path} → ${status} ${appError.code}`);
    } else {
      log.debug({ method: request.method, path: request.path, status, code: appError.code }, `${request.method} ${request.path} → ${status} ${appError.code}`);
    }
    return replies.problem(problem, problemHeaders(problem, context.requestId));
  } finally {
    observeRequest(request, status, performance.now() - startedAt);
    if (context.principal && isChange(request.method, request.path)) {
      await recordAudit({ principal: context.principal, method: request.method, path: request.path, status, requestId: context.requestId, ip: request.ip });
    }
  }
}

function checkScope(principal: Principal, request: ApiRequestInfo): void {
  const needed = requiredScope(request.method, request.path);
  if (!hasScope(principal.scope, needed)) {
    throw new AppError("forbidden", `The token "${principal.name}" has scope ${principal.scope}; ${request.method} ${request.path} needs ${needed}.`, { scope: principal.scope, needed });
  }
}
