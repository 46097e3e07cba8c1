import { APIError } from "better-auth/api";
import { AppError, ERROR_CODES, type ErrorCode } from "@/lib/errors";
import { principalOf } from "./authenticate";
import { CSRF_COOKIE, csrfTokenFor } from "./csrf";
import { readTokenById } from "./read-token-by-hash";
import { isSecureCookies, studioAuth } from "./studio-auth";
import type { Principal } from "./types";

// Studio sessions: signing in with a token, reading the session a cookie names, and
// signing out. better-auth keeps the session rows and signs the session cookie
// (studio-auth.ts); the CSRF cookie beside it is this studio's (csrf.ts).

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?accel\.session_token=/;

/** The principal of a request's session cookie: its token's, checked again (revoked, expired) on every request. */
export async function readSessionPrincipal(cookie: string): Promise<Principal | null> {
  if (!SESSION_COOKIE.test(cookie)) return null;
  const found = await studioAuth().api.getSession({ headers: new Headers({ cookie }) });
  if (!found) return null;
  return { ...principalOf(await readTokenById(found.user.id)), via: "session", sessionToken: found.session.token };
}

export type SignedIn = { name: string; scope: string; expiresAt: string; setCookies: string[] };

/** Turns a valid API token into a session: the session cookie (HTTP-only) and the CSRF cookie the pages read. */
export async function signInWithToken(token: string, userAgent?: string | null): Promise<SignedIn> {
  try {
    // Only what the session records: the caller's origin was checked by the route, and
    // better-auth's own origin check has no use for a server-side call.
    const { headers, response } = await studioAuth().api.signInWithToken({ body: { token }, headers: new Headers(userAgent ? { "user-agent": userAgent } : {}), returnHeaders: true });
    const { sessionToken, ...answer } = response;
    return { ...answer, setCookies: [...headers.getSetCookie(), cookie(CSRF_COOKIE, csrfTokenFor(sessionToken), new Date(answer.expiresAt))] };
  } catch (error) {
    if (error instanceof APIError) {
      const code = (error.body as { code?: string } | undefined)?.code;
      const known = code && code in ERROR_CODES ? (code as ErrorCode) : "invalid_token";
      throw new AppError(known, error.body?.message ?? "The token could not sign in.");
    }
    throw error;
  }
}

/** Ends the session the cookie names, and clears both cookies whatever it named. */
export async function signOut(cookieHeader: string | null): Promise<{ setCookies: string[] }> {
  const found = cookieHeader && SESSION_COOKIE.test(cookieHeader) ? await studioAuth().api.getSession({ headers: new Headers({ cookie: cookieHeader }) }) : null;
  if (found) await (await studioAuth().$context).internalAdapter.deleteSession(found.session.token);
  const names = ["accel.session_token", "__Secure-accel.session_token", CSRF_COOKIE];
  return { setCookies: names.map((name) => cookie(name, "", new Date(0), { httpOnly: name !== CSRF_COOKIE })) };
}

function cookie(name: string, value: string, expires: Date, options: { httpOnly?: boolean } = {}): string {
  const secure = isSecureCookies() || name.startsWith("__Secure-");
  const maxAge = Math.max(0, Math.floor((expires.getTime() - Date.now()) / 1000));
  return `${name}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure ? "; Secure" : ""}${options.httpOnly ? "; HttpOnly" : ""}`;
}
