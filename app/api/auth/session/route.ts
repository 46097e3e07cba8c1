// POST   /api/auth/session — sign in to the studio with an API token ({"token"}): session cookies
// GET    /api/auth/session — who this request acts as (a token or session; "local" without sign-in)
// DELETE /api/auth/session — sign out: the session ends and its cookies are cleared
import { json, rejectMethods, withApi } from "@/lib/api";
import { isCrossSite } from "@/lib/auth/csrf";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithToken, signOut } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const originOf = (request: Request) => ({ origin: request.headers.get("origin"), host: request.headers.get("host") });

export const POST = withApi(
  async (request) => {
    // Login CSRF: another site must not sign a visitor in as itself. A form cannot send JSON without a preflight.
    if (isCrossSite(originOf(request))) throw new AppError("csrf_failed", "Sign in from the studio's own page.");
    if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError("unsupported_media_type", 'Send {"token": "<API token>"} as application/json.');
    const { token } = signInSchema.parse(await request.json().catch(() => ({})));
    const signedIn = await signInWithToken(token, request.headers.get("user-agent"));
    const headers = new Headers();
    for (const cookie of signedIn.setCookies) headers.append("set-cookie", cookie);
    return json({ name: signedIn.name, scope: signedIn.scope, expiresAt: signedIn.expiresAt, authMode: env().AUTH_MODE }, { headers });
  },
  { access: "own" },
);

export const GET = withApi(async (_request, { principal }) => json({ name: principal.name, scope: principal.scope, via: principal.kind === "token" ? principal.via : "local", authMode: env().AUTH_MODE }));

export const DELETE = withApi(
  async (request) => {
    if (isCrossSite(originOf(request))) throw new AppError("csrf_failed", "Sign out from the studio's own page.");
    const { setCookies } = await signOut(request.headers.get("cookie"));
    const headers = new Headers();
    for (const cookie of setCookies) headers.append("set-cookie", cookie);
    return new Response(null, { status: 204, headers });
  },
  { access: "own" },
);

export const { PUT, PATCH } = rejectMethods(["GET", "POST", "DELETE"]);
