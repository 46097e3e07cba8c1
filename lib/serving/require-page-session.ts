import type http from "node:http";
import { readSessionPrincipal } from "@/lib/auth/session";
import { env } from "@/lib/env";

// In AUTH_MODE=token every studio page needs a signed-in session: a browser without one
// is sent to the sign-in page, which returns it where it was going. /api is answered by
// the API pipeline (401 problem+json, never a redirect), and Next's assets, the sign-in
// page and the favicon are open: they show nothing of the studio's data.
const OPEN_PATH = /^\/(?:api\/|_next\/|sign-in(?:\/|$)|favicon\.svg$)/;

/** Whether this request must show a session before Next serves it. */
export function needsPageSession(url: URL): boolean {
  return env().AUTH_MODE === "token" && !OPEN_PATH.test(url.pathname);
}

/** Whether the request may go on to Next; if not, the redirect is already written. */
export async function requirePageSession(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<boolean> {
  const principal = await readSessionPrincipal(request.headers.cookie ?? "").catch(() => null);
  if (principal) return true;
  const next = `${url.pathname}${url.search}`;
  response.writeHead(303, { location: `/sign-in${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`, "cache-control": "no-store" }).end();
  return false;
}
