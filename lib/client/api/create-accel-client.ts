import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema";

// The typed client of /api/v1 for scripts and other projects (and the `accel` CLI):
// openapi-fetch over the types generated from the OpenAPI document (schema.ts), so a
// call that the contract does not allow does not compile.

export type AccelClient = Client<paths>;
export type Problem = components["schemas"]["Problem"];

export function createAccelClient(options: { baseUrl: string; token?: string; fetch?: typeof globalThis.fetch }): AccelClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** A failed call's problem+json as an Error: the stable code, status and detail. */
export class AccelApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `The API answered ${status}.`);
    this.name = "AccelApiError";
  }

  get code(): string {
    return this.problem.code ?? "unknown";
  }
}


/** The answer's data, or the AccelApiError its problem describes. */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw new AccelApiError(result.response.status, (result.error ?? {}) as Partial<Problem>);
  return result.data as T;
}
