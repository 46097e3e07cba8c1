import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isChange } from "./required-scope";
import type { Principal, RequestCredentials } from "./types";

// CSRF protection for changes made with a studio session (a cookie the browser sends by
// itself). Two checks, as OWASP's cheat sheet recommends together: the Origin, when the
// browser sends one, must be this host; and the request must carry x-csrf-token, the
// HMAC of the session under AUTH_SECRET, which the studio's pages read from the
// accel.csrf cookie (signed double submit). A cross-site form can send neither. API
// tokens need neither: a browser never adds an Authorization header by itself.

export const CSRF_HEADER = "x-csrf-token";
export const CSRF_COOKIE = "accel.csrf";

export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", env().AUTH_SECRET ?? "").update(`csrf:${sessionToken}`).digest("base64url");
}

/** Whether a browser's Origin names another site than the Host it sent the request to. */
export function isCrossSite(credentials: Pick<RequestCredentials, "origin" | "host">): boolean {
  if (!credentials.origin) return false;
  try {
    return new URL(credentials.origin).host !== credentials.host;
  } catch {
    return true; // "null" (a sandboxed or file page) is not this site
  }
}

/** For changes only: a score is a POST but changes nothing, and another site cannot read its answer. */
export function checkCsrf(principal: Principal, request: { method: string; path: string }, credentials: RequestCredentials): void {
  if (principal.kind !== "token" || principal.via !== "session" || !isChange(request.method, request.path)) return;
  if (isCrossSite(credentials)) throw new AppError("csrf_failed", `A change from another site (${credentials.origin}) is refused; make it from the studio itself.`);
  const expected = Buffer.from(csrfTokenFor(principal.sessionToken ?? ""));
  const given = Buffer.from(credentials.csrfToken ?? "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError("csrf_failed", `A change with a studio session needs the ${CSRF_HEADER} header (the ${CSRF_COOKIE} cookie's value); the studio's pages send it.`);
  }
}
