import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthEndpoint } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { isLoopback } from "@/lib/net/is-loopback";
import { principalOf } from "./authenticate";
import { readTokenByHash } from "./read-token-by-hash";
import { hashTokenSecret } from "./token-secret";

// Studio sign-in sessions, kept by better-auth: its session rows, signed HTTP-only
// cookies and sign-out. Users here are API tokens — the sign-in page takes a token, as
// Jupyter's does — so the one plugin below turns a valid token into a session for it
// (an auth user with the token's id). None of better-auth's HTTP endpoints are mounted:
// app/api/auth/session calls these through `auth.api` on the server only, so its
// account, password and session-listing endpoints are not reachable at all.

const SESSION_SECONDS = 12 * 60 * 60;

const tokenSignIn = () => ({
  id: "accel-token-sign-in",
  endpoints: {
    signInWithToken: createAuthEndpoint("/sign-in/accel-token", { method: "POST", body: z.object({ token: z.string().min(1) }) }, async (ctx) => {
      let principal;
      try {
        principal = principalOf(await readTokenByHash(hashTokenSecret(ctx.body.token)));
      } catch (error) {
        if (isAppError(error)) throw new APIError("UNAUTHORIZED", { message: error.message, code: error.code });
        throw error;
      }
      const token = (await getDb().apiToken.findUniqueOrThrow({ where: { id: principal.tokenId } }));
      const user = await getDb().authUser.upsert({
        where: { id: token.id },
        create: { id: token.id, name: token.name, email: `${token.id}@tokens.accel-studio.invalid`, emailVerified: false },
        update: { name: token.name },
      });
      const defaultEnd = new Date(Date.now() + SESSION_SECONDS * 1000);
      const expiresAt = token.expiresAt && token.expiresAt < defaultEnd ? token.expiresAt : defaultEnd;
      // overrideAll: otherwise createSession replaces expiresAt with its default.
      const session = await ctx.context.internalAdapter.createSession(user.id, false, { expiresAt }, true);
      if (!session) throw new APIError("INTERNAL_SERVER_ERROR", { message: "The session could not be created." });
      await setSessionCookie(ctx, { session, user: { ...user, image: user.image ?? null } });
      // sessionToken stays on the server: session.ts derives the CSRF cookie from it.
      return ctx.json({ name: token.name, scope: token.scope, expiresAt: expiresAt.toISOString(), sessionToken: session.token });
    }),
  },
});

function createStudioAuth() {
  const config = env();
  const secret = config.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: the launcher provides one in AUTH_MODE=token.");
  return betterAuth({
    appName: "Accel Studio",
    secret,
    // Nominal: nothing here uses better-auth's redirects or callbacks, and its HTTP
    // endpoints are not mounted; the cookies' Secure flag is set below, not from this URL.
    baseURL: `http://localhost:${config.PORT}`,
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    user: { modelName: "authUser" },
    session: { modelName: "authSession", expiresIn: SESSION_SECONDS, disableSessionRefresh: true },
    account: { modelName: "authAccount" },
    verification: { modelName: "authVerification" },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: "accel",
      useSecureCookies: isSecureCookies(),
    },
    plugins: [tokenSignIn()],
  });
}

/** Secure cookies unless the operator said otherwise: on by default beyond loopback (serve it over TLS then). */
export function isSecureCookies(): boolean {
  const config = env();
  return config.AUTH_SECURE_COOKIES ? config.AUTH_SECURE_COOKIES === "true" : !isLoopback(config.HOST);
}

type StudioAuth = ReturnType<typeof createStudioAuth>;
const globalForAuth = globalThis as unknown as { accelStudioAuth?: { secret: string; auth: StudioAuth } };

/** The process's better-auth instance, made on first use (and again if the secret changed, as tests do). */
export function studioAuth(): StudioAuth {
  const secret = env().AUTH_SECRET ?? "";
  if (globalForAuth.accelStudioAuth?.secret !== secret) globalForAuth.accelStudioAuth = { secret, auth: createStudioAuth() };
  return globalForAuth.accelStudioAuth.auth;
}
