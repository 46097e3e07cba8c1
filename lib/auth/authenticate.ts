import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readTokenByHash, type StoredToken } from "./read-token-by-hash";
import { hashTokenSecret } from "./token-secret";
import { touchToken } from "./touch-token";
import { LOCAL_PRINCIPAL, type Principal, type RequestCredentials } from "./types";

// Who a request acts as. In AUTH_MODE=local (loopback only) everyone is "local"; in token
// mode a request needs `Authorization: Bearer <token>` or a signed-in studio session
// (session.ts), and each way a credential can fail has its own code.

const BEARER = /^Bearer ([\x21-\x7e]+)$/;

export async function authenticate(credentials: RequestCredentials, options: { readSession?: (cookie: string) => Promise<Principal | null> } = {}): Promise<Principal> {
  if (env().AUTH_MODE === "local") return LOCAL_PRINCIPAL;
  const header = credentials.authorization?.trim();
  if (header) {
    const secret = BEARER.exec(header)?.[1];
    if (!secret) throw new AppError("invalid_token", 'The Authorization header is malformed: send "Authorization: Bearer <token>".');
    return { ...principalOf(await readTokenByHash(hashTokenSecret(secret))), via: "bearer" };
  }
  const session = credentials.cookie && options.readSession ? await options.readSession(credentials.cookie) : null;
  if (session) return session;
  throw new AppError("unauthenticated", 'This studio requires a credential: send "Authorization: Bearer <token>" (an API token from Settings, or ACCEL_ADMIN_TOKEN), or sign in.');
}

/** A stored token as a principal, or why it cannot act (also for a session whose token was revoked). */
export function principalOf(token: StoredToken | null): Principal & { kind: "token" } {
  if (!token) throw new AppError("invalid_token", "The token is not one of this studio's: it may belong to another install, or be mistyped.");
  if (token.revokedAt) throw new AppError("token_revoked", `The token "${token.name}" was revoked on ${token.revokedAt.toISOString()}.`);
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) throw new AppError("token_expired", `The token "${token.name}" expired on ${token.expiresAt.toISOString()}.`);
  touchToken(token.id);
  return { kind: "token", tokenId: token.id, name: token.name, scope: token.scope, via: "bearer" };
}
