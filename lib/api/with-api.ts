import { LOCAL_PRINCIPAL, type Principal } from "@/lib/auth";
import { CSRF_HEADER } from "@/lib/auth/csrf";
import { serveApiRequest, type ApiReplies, type ApiRequestInfo } from "./serve-api-request";
import { CLIENT_IP_HEADER } from "./client-ip-header";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { params: P; requestId: string; principal: Principal }) => Promise<Response>;

const responses: ApiReplies<Response> = {
  problem: (problem, headers) => new Response(JSON.stringify(problem), { status: problem.status, headers }),
  statusOf: (response) => response.status,
};

/**
 * Wraps a Next route handler in the one API pipeline (serve-api-request.ts): request id,
 * errors as application/problem+json with a stable code, 5xx logged (never the stack to
 * the client). The handler body stays three to ten lines.
 */
export function withApi<P = Record<string, unknown>>(handler: Handler<P>, options: { access?: ApiRequestInfo["access"] } = {}) {
  return (request: Request, context: RouteContext<P>): Promise<Response> =>
    serveApiRequest({
      request: {
        method: request.method,
        path: new URL(request.url).pathname,
        requestIdHeader: request.headers.get("x-request-id"),
        access: options.access ?? "api",
        credentials: {
          authorization: request.headers.get("authorization"),
          cookie: request.headers.get("cookie"),
          csrfToken: request.headers.get(CSRF_HEADER),
          origin: request.headers.get("origin"),
          host: request.headers.get("host"),
        },
        // Set by web's listener from the socket (a client's own value is replaced there).
        ip: request.headers.get(CLIENT_IP_HEADER),
      },
      replies: responses,
      handle: async ({ requestId, principal }) => {
        const params = (await context?.params) ?? ({} as P);
        const response = await handler(request, { params, requestId, principal: principal ?? LOCAL_PRINCIPAL });
        response.headers.set("x-request-id", requestId);
        return response;
      },
    });
}
