import { serveApiRequest, type ApiReplies } from "./serve-api-request";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { params: P; requestId: string }) => Promise<Response>;

const responses: ApiReplies<Response> = {
  problem: (problem, headers) => new Response(JSON.stringify(problem), { status: problem.status, headers }),
  statusOf: (response) => response.status,
};

/**
 * Wraps a Next route handler in the one API pipeline (serve-api-request.ts): request id,
 * errors as application/problem+json with a stable code, 5xx logged (never the stack to
 * the client). The handler body stays three to ten lines.
 */
export function withApi<P = Record<string, unknown>>(handler: Handler<P>) {
  return (request: Request, context: RouteContext<P>): Promise<Response> =>
    serveApiRequest({
      request: { method: request.method, path: new URL(request.url).pathname, requestIdHeader: request.headers.get("x-request-id") },
      replies: responses,
      handle: async ({ requestId }) => {
        const params = (await context?.params) ?? ({} as P);
        const response = await handler(request, { params, requestId });
        response.headers.set("x-request-id", requestId);
        return response;
      },
    });
}
