import { AppError, isAppError } from "@/lib/errors";
import { registryError } from "./registry-error";
import { parseWwwAuthenticate, type AuthChallenge } from "./www-authenticate";

// A small client of the OCI distribution API (distribution-spec spec.md), written here
// rather than taken from npm: @snyk/docker-registry-v2-client only pulls, and hands a
// layer back as one Buffer (a model layer is 100+ MB); docker-registry-client rests on
// restify-clients and bunyan of 2015; @azure/container-registry signs in through Azure
// AD only, not the Basic and Bearer-realm challenges any registry sends. Node's fetch
// streams both ways, which is all the rest needs.

export type RegistryCredentials = { username: string; password: string } | { token: string } | null;

export type RegistryRequest = {
  method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH";
  /** A path under the registry ("/v2/…"), or an absolute URL the registry gave (an upload's Location). */
  path: string;
  /** The access this request needs, as a token scope: "repository:<name>:pull" or "…:pull,push". */
  scope: string;
  headers?: Record<string, string>;
  /** Made anew for each try: a stream cannot be sent twice. */
  body?: () => BodyInit | AsyncIterable<Uint8Array>;
  /** Statuses that are an answer; any other becomes the registry's error. */
  expect: number[];
  /** What the request does, for error messages: "start a blob upload". */
  action: string;
  signal?: AbortSignal;
};

export type RegistryClient = {
  /** host[:port], as image references name the registry. */
  host: string;
  baseUrl: string;
  request: (request: RegistryRequest) => Promise<Response>;
};

/**
 * A client for one registry. Authentication follows what registries ask for: a request
 * goes out with what was learnt for its scope; on a 401 the WWW-Authenticate challenge
 * says how — Basic: the basic credentials; Bearer: a token fetched from the challenge's
 * realm (token.md, "Requesting a Token") — and the request is sent once more.
 */
export function createRegistryClient(options: { baseUrl: string; credentials: RegistryCredentials }): RegistryClient {
  const base = new URL(options.baseUrl);
  const { credentials } = options;
  const host = base.host;
  // What to send per scope, once a challenge was answered.
  const authorizations = new Map<string, string>();
  const preset = credentials && "token" in credentials ? `Bearer ${credentials.token}` : undefined;

  async function send(request: RegistryRequest, authorization: string | undefined): Promise<Response> {
    const url = new URL(request.path, base);
    // Credentials go to this registry only, not to wherever a Location or redirect points.
    if (url.host !== base.host) authorization = undefined;
    const body = request.body?.();
    try {
      return await fetch(url, {
        method: request.method,
        headers: { ...request.headers, ...(authorization ? { authorization } : {}) },
        body: body as BodyInit | undefined,
        signal: request.signal,
        ...(body && typeof body === "object" && Symbol.asyncIterator in body ? { duplex: "half" } : {}),
      } as RequestInit);
    } catch (error) {
      throw unreachable(error, request.signal);
    }
  }

  function unreachable(error: unknown, signal?: AbortSignal): unknown {
    if (signal?.aborted || isAppError(error)) return error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return new AppError("unavailable", `The registry ${host} could not be reached: ${reason}`, { registry: host });
  }

  async function answer(challenges: AuthChallenge[], request: RegistryRequest): Promise<string | undefined> {
    const bearer = challenges.find((c) => c.scheme === "bearer");
    const basic = challenges.find((c) => c.scheme === "basic");
    if (bearer?.params.realm && !(credentials && "token" in credentials)) return `Bearer ${await fetchToken(bearer, request)}`;
    if (basic && credentials && "username" in credentials) return basicAuthorization(credentials);
    return undefined;
  }

  async function fetchToken(challenge: AuthChallenge, request: RegistryRequest): Promise<string> {
    const realm = new URL(challenge.params.realm);
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    // The registry's own scope names what it wants; ours is the fallback.
    realm.searchParams.set("scope", challenge.params.scope ?? request.scope);
    const headers: Record<string, string> = credentials && "username" in credentials ? { authorization: basicAuthorization(credentials) } : {};
    let response: Response;
    try {
      response = await fetch(realm, { headers, signal: request.signal });
    } catch (error) {
      throw unreachable(error, request.signal);
    }
    if (response.status !== 200) throw await registryError({ response, registry: realm.host, action: `issue a token for ${request.scope}` });
    // token.md "Token Response Fields": `token`, with `access_token` as its OAuth 2.0 alias.
    const body = (await response.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
    const token = typeof body.token === "string" ? body.token : body.access_token;
    if (typeof token !== "string" || !token) throw new AppError("registry_refused", `The token service ${realm.host} answered without a token.`, { registry: host });
    return token;
  }

  return {
    host,
    baseUrl: base.toString(),
    async request(request) {
      let authorization = authorizations.get(request.scope) ?? preset;
      let response = await send(request, authorization);
      if (response.status === 401) {
        const challenges = parseWwwAuthenticate(response.headers.get("www-authenticate") ?? "");
        const next = await answer(challenges, request);
        if (next && next !== authorization) {
          await response.body?.cancel();
          authorization = next;
          authorizations.set(request.scope, next);
          response = await send(request, authorization);
        }
      }
      if (!request.expect.includes(response.status)) throw await registryError({ response, registry: host, action: request.action });
      return response;
    },
  };
}

function basicAuthorization(credentials: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
