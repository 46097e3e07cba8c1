import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sessionRoute from "@/app/api/auth/session/route";
import * as computesRoute from "@/app/api/v1/computes/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as tokenRoute from "@/app/api/v1/tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { ensureEnvAdminToken } from "@/lib/auth";
import { disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startWorker } from "@/worker/start-worker";
import { call, IMAGES_DIR, MOBILENET, modelForm, postModel, uniqueName, webBaseUrl } from "./helpers";

// Studio sign-in in AUTH_MODE=token: a token becomes a session in HTTP-only cookies, the
// session acts with the token's scope until the token is revoked or the user signs out,
// and a change made with it needs the CSRF token — a cross-site form post has none.

const ADMIN = `session-admin-${"z".repeat(24)}`;
const HOST = { host: "studio.test" };

beforeAll(async () => {
  setEnv({ AUTH_MODE: "token", AUTH_SECRET: "s".repeat(40) });
  await ensureEnvAdminToken(ADMIN);
});
afterAll(async () => {
  setEnv({ AUTH_MODE: undefined, AUTH_SECRET: undefined });
  await disconnectDb();
});

async function makeToken(scope: "read" | "write") {
  const created = await call(tokensRoute.POST, { method: "POST", url: "/api/v1/tokens", headers: { authorization: `Bearer ${ADMIN}` }, body: JSON.stringify({ name: uniqueName(scope), scope }) });
  return created.body as { id: string; secret: string; name: string };
}

async function signIn(token: string, headers: Record<string, string> = {}) {
  const response = await sessionRoute.POST(
    new Request("http://studio.test/api/auth/session", { method: "POST", body: JSON.stringify({ token }), headers: { "content-type": "application/json", origin: "http://studio.test", ...HOST, ...headers } }),
    { params: Promise.resolve({}) },
  );
  const cookies = response.headers.getSetCookie();
  const jar = cookies.map((c) => c.split(";")[0]).filter((c) => !c.endsWith("=")).join("; ");
  const csrf = /accel\.csrf=([^;]+)/.exec(jar)?.[1] ?? "";
  return { status: response.status, body: await response.json(), cookies, jar, csrf };
}

const createCompute = (headers: Record<string, string>) =>
  call(computesRoute.POST, { method: "POST", url: "/api/v1/computes", headers: { ...HOST, ...headers }, body: JSON.stringify({ name: uniqueName("c").slice(0, 16), agentCount: 1, region: "eastus" }) });

describe("studio sessions", () => {
  it("sign in with a token: an HTTP-only session cookie and a CSRF cookie, acting with the token's scope", async () => {
    const token = await makeToken("write");
    const session = await signIn(token.secret);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ name: token.name, scope: "write" });
    const sessionCookie = session.cookies.find((c) => c.startsWith("accel.session_token="))!;
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(session.cookies.find((c) => c.startsWith("accel.csrf="))).not.toMatch(/HttpOnly/);
    expect((await call(modelsRoute.GET, { url: "/api/v1/models", headers: { cookie: session.jar } })).status).toBe(200);
    const me = await call(sessionRoute.GET, { url: "/api/auth/session", headers: { cookie: session.jar } });
    expect(me.body).toMatchObject({ name: token.name, scope: "write", via: "session", authMode: "token" });
  });

  it("needs the CSRF token for a change, and refuses one from another site", async () => {
    const session = await signIn((await makeToken("write")).secret);
    const missing = await createCompute({ cookie: session.jar });
    expect([missing.status, missing.body.code]).toEqual([403, "csrf_failed"]);
    const forged = await createCompute({ cookie: session.jar, "x-csrf-token": "forged" });
    expect([forged.status, forged.body.code]).toEqual([403, "csrf_failed"]);
    const crossSite = await createCompute({ cookie: session.jar, "x-csrf-token": session.csrf, origin: "https://evil.example" });
    expect([crossSite.status, crossSite.body.code]).toEqual([403, "csrf_failed"]);
    expect((await createCompute({ cookie: session.jar, "x-csrf-token": session.csrf, origin: "http://studio.test" })).status).toBe(202);
  });

  it("ends when its token is revoked, and on sign-out", async () => {
    const token = await makeToken("read");
    const session = await signIn(token.secret);
    await call(tokenRoute.DELETE, { method: "DELETE", url: `/api/v1/tokens/${token.id}`, params: { id: token.id }, headers: { authorization: `Bearer ${ADMIN}` } });
    const revoked = await call(modelsRoute.GET, { url: "/api/v1/models", headers: { cookie: session.jar } });
    expect([revoked.status, revoked.body.code]).toEqual([401, "token_revoked"]);

    const other = await signIn((await makeToken("read")).secret);
    const out = await call(sessionRoute.DELETE, { method: "DELETE", url: "/api/auth/session", headers: { cookie: other.jar } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().some((c) => c.startsWith("accel.session_token=;") && /Max-Age=0/.test(c))).toBe(true);
    const after = await call(modelsRoute.GET, { url: "/api/v1/models", headers: { cookie: other.jar } });
    expect([after.status, after.body.code]).toEqual([401, "unauthenticated"]);
  });

  it("scores on web's fast path with the session alone (a score changes nothing), the worker checking it again", async () => {
    const worker = await startWorker({ httpPort: 0, concurrency: 1, log: () => undefined });
    try {
      const name = uniqueName("mobilenet");
      const uploaded = await postModel(await modelForm({ name }, { path: MOBILENET }), { authorization: `Bearer ${ADMIN}` });
      expect(uploaded.status).toBe(201);
      const session = await signIn((await makeToken("read")).secret);
      const web = await webBaseUrl();
      const score = (headers: Record<string, string>) =>
        fetch(`${web}/api/v1/models/${name}/versions/1/score`, { method: "POST", body: new Uint8Array(readFileSync(path.join(IMAGES_DIR, "winml_dog.jpg"))), headers: { "content-type": "image/jpeg", ...headers } });
      const scored = await score({ cookie: session.jar });
      expect(scored.status).toBe(200);
      expect((await scored.json()).top[0].label.toLowerCase()).toBe("golden retriever");
      expect((await score({})).status).toBe(401);
    } finally {
      await worker.stop();
    }
  });

  it("refuses a bad token, a form post, and a sign-in from another site", async () => {
    const bad = await signIn(`accel_${"B".repeat(43)}`);
    expect([bad.status, bad.body.code]).toEqual([401, "invalid_token"]);
    expect(bad.body.detail).toMatch(/not one of this studio's/);
    expect(bad.cookies).toEqual([]);
    const token = (await makeToken("read")).secret;
    const form = await sessionRoute.POST(
      new Request("http://studio.test/api/auth/session", { method: "POST", body: `token=${token}`, headers: { "content-type": "application/x-www-form-urlencoded", ...HOST } }),
      { params: Promise.resolve({}) },
    );
    expect(form.status).toBe(415);
    const crossSite = await signIn(token, { origin: "https://evil.example" });
    expect([crossSite.status, crossSite.body.code]).toEqual([403, "csrf_failed"]);
  });
});
