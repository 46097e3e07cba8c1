import type { OpenAPIRegistry, RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z, type ZodType } from "zod";
import { Problem } from "./components";

// One operation of /api/v1 as the domain files under paths/ declare it: the request's
// zod schemas are the ones its handler validates with, and every error answers
// problem+json. A table per domain keeps the document's shape in one place.

type Body = { schema: ZodType; contentType?: string; description?: string };
type Reply = { description: string; schema?: ZodType; contentType?: string; headers?: Record<string, string> };

export type RouteSpec = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  params?: Record<string, ZodType>;
  query?: z.ZodObject;
  body?: Body;
  /** Success answers by status; errors (problem+json) are added to every operation. */
  replies: Record<number, Reply>;
  /** Error statuses this operation is known to answer, besides those every operation may. */
  errors?: number[];
  /** Open without a credential (signing in). */
  isPublic?: boolean;
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid request (validation_failed, …)",
  401: "No valid credential (unauthenticated, invalid_token, token_expired, token_revoked)",
  403: "The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed)",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict with the resource's state",
  413: "Too large",
  415: "Unsupported media type",
  422: "Understood but not possible (a model that cannot be converted or scored)",
  503: "A worker is unavailable or restarting; try again (Retry-After)",
};

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: Problem } } });

export function registerRoutes(registry: OpenAPIRegistry, specs: RouteSpec[]): void {
  for (const spec of specs) {
    const responses: RouteConfig["responses"] = {};
    for (const [status, reply] of Object.entries(spec.replies)) {
      responses[status] = reply.schema
        ? { description: reply.description, content: { [reply.contentType ?? "application/json"]: { schema: reply.schema } } }
        : { description: reply.description };
    }
    const errors = new Set([400, 401, 403, 405, 503, ...(spec.errors ?? [])]);
    if (spec.isPublic) for (const status of [401, 403]) errors.delete(status);
    if (spec.params) errors.add(404);
    for (const status of [...errors].sort()) responses[status] = problem(ERROR_DESCRIPTIONS[status] ?? "Error");
    responses.default = problem("Any other error, as problem+json");
    registry.registerPath({
      method: spec.method,
      path: spec.path,
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.isPublic ? { security: [] } : {}),
      request: {
        ...(spec.params ? { params: z.object(spec.params) } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: { description: spec.body.description, required: true, content: { [spec.body.contentType ?? "application/json"]: { schema: spec.body.schema } } } } : {}),
      },
      responses,
    });
  }
}
