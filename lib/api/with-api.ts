import { problemResponse } from "@/lib/errors";
import { toAppError } from "./to-app-error";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { params: P }) => Promise<Response>;

/**
 * Wraps a route handler: resolves params, turns every thrown error into
 * application/problem+json with a stable code, and logs unexpected ones (a 500 never
 * carries the stack to the client). API tokens hook in here when they arrive.
 */
export function withApi<P = Record<string, unknown>>(handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const params = (await context?.params) ?? ({} as P);
      return await handler(request, { params });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.status >= 500) {
        console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      }
      return problemResponse(appError, new URL(request.url).pathname);
    }
  };
}
