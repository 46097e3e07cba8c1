import { AppError } from "@/lib/errors";
import { withApi } from "./with-api";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not support, so that they answer a
 * problem+json 405 with an Allow header instead of Next's empty 405:
 * `export const { PUT, DELETE } = rejectMethods(["GET", "POST"]);`
 */
export function rejectMethods(allowed: Method[]) {
  const allow = allowed.join(", ");
  const reject = withApi(async (request) => {
    throw new AppError("method_not_allowed", `${request.method} is not supported here; use ${allow}.`, { allow: allowed });
  });
  const handlers = Object.fromEntries(METHODS.filter((m) => !allowed.includes(m)).map((m) => [m, reject]));
  return handlers as Record<Exclude<Method, never>, typeof reject>;
}
