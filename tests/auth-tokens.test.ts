import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as auditRoute from "@/app/api/v1/audit/route";
import * as computesRoute from "@/app/api/v1/computes/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as quotasRoute from "@/app/api/v1/quotas/route";
import * as tokenRoute from "@/app/api/v1/tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { ensureEnvAdminToken } from "@/lib/auth";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { call, uniqueName } from "./helpers";

// AUTH_MODE=token: API tokens and their scopes, each way a credential fails, the first
// admin credential from ACCEL_ADMIN_TOKEN, and the audit log of every change.

const ADMIN = `env-admin-${"x".repeat(24)}`;
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

beforeAll(async () => {
  setEnv({ AUTH_MODE: "token", ACCEL_ADMIN_TOKEN: ADMIN });
  expect(await ensureEnvAdminToken(ADMIN)).toEqual({ hasAdmin: true });
});
afterAll(async () => {
  setEnv({ AUTH_MODE: undefined, ACCEL_ADMIN_TOKEN: undefined });
  await disconnectDb();
});

async function makeToken(scope: "read" | "write" | "admin", extra: Record<string, unknown> = {}) {
  const created = await call(tokensRoute.POST, { method: "POST", url: "/api/v1/tokens", headers: bearer(ADMIN), body: JSON.stringify({ name: uniqueName(scope), scope, ...extra }) });
  expect(created.status).toBe(201);
  return created.body as { id: string; name: string; secret: string; prefix: string };
}

const listModels = (headers: Record<string, string>) => call(modelsRoute.GET, { url: "/api/v1/models", headers });
const createCompute = (headers: Record<string, string>) =>
  call(computesRoute.POST, { method: "POST", url: "/api/v1/computes", headers, body: JSON.stringify({ name: uniqueName("c").slice(0, 16), agentCount: 1, region: "eastus" }) });

describe("API tokens", () => {
  it("are shown once, stored hashed, and listed by prefix with their scope", async () => {
    const token = await makeToken("read");
    expect(token.secret).toMatch(/^accel_[\w-]{43}$/);
    expect(token.secret.startsWith(token.prefix)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(JSON.stringify(stored)).not.toContain(token.secret);
    const listed = await call(tokensRoute.GET, { url: "/api/v1/tokens", headers: bearer(ADMIN) });
    const row = listed.body.find((t: { id: string }) => t.id === token.id);
    expect(row).toMatchObject({ name: token.name, scope: "read", state: "active", prefix: token.prefix });
    expect(JSON.stringify(listed.body)).not.toContain(token.secret);
  });

  it("give each scope its rights: read looks and scores, write changes, admin manages tokens", async () => {
    const [read, write] = [await makeToken("read"), await makeToken("write")];
    expect((await listModels(bearer(read.secret))).status).toBe(200);
    const refused = await createCompute(bearer(read.secret));
    expect([refused.status, refused.body.code]).toEqual([403, "forbidden"]);
    expect(refused.body.detail).toMatch(/scope read; POST \/api\/v1\/computes needs write/);
    expect((await createCompute(bearer(write.secret))).status).toBe(202);
    const tokens = await call(tokensRoute.POST, { method: "POST", url: "/api/v1/tokens", headers: bearer(write.secret), body: JSON.stringify({ name: "x", scope: "read" }) });
    expect([tokens.status, tokens.body.code]).toEqual([403, "forbidden"]);
    expect((await call(auditRoute.GET, { url: "/api/v1/audit", headers: bearer(write.secret) })).status).toBe(403);
    expect((await call(quotasRoute.GET, { url: "/api/v1/quotas", headers: bearer(read.secret) })).status).toBe(200);
  });

  it("say which way a credential failed: none, malformed, unknown, expired, revoked", async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, "unauthenticated"],
      [{ authorization: "Basic dXNlcjpwYXNz" }, "invalid_token"],
      [{ authorization: "Bearer" }, "invalid_token"],
      [bearer(`accel_${"A".repeat(43)}`), "invalid_token"],
    ];
    for (const [headers, code] of cases) {
      const response = await listModels(headers);
      expect([response.status, response.body.code], JSON.stringify(headers)).toEqual([401, code]);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    const expiring = await makeToken("read", { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await listModels(bearer(expiring.secret))).status).toBe(200);
    await db.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await vi.waitFor(async () => expect((await listModels(bearer(expiring.secret))).body.code).toBe("token_expired"), { timeout: 2_000, interval: 5 });

    const revoked = await makeToken("write");
    expect((await listModels(bearer(revoked.secret))).status).toBe(200);
    const revoke = await call(tokenRoute.DELETE, { method: "DELETE", url: `/api/v1/tokens/${revoked.id}`, params: { id: revoked.id }, headers: bearer(ADMIN) });
    expect(revoke.body.state).toBe("revoked");
    // Revoked by this process: refused on the very next request, not after a notification.
    const after = await listModels(bearer(revoked.secret));
    expect([after.status, after.body.code]).toEqual([401, "token_revoked"]);
    const past = await call(tokensRoute.POST, { method: "POST", url: "/api/v1/tokens", headers: bearer(ADMIN), body: JSON.stringify({ name: "p", scope: "read", expiresAt: "2020-01-01T00:00:00Z" }) });
    expect([past.status, past.body.code]).toEqual([400, "validation_failed"]);
  });

  it("record when a token was last used", async () => {
    const token = await makeToken("read");
    await listModels(bearer(token.secret));
    await vi.waitFor(async () => expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull(), { timeout: 2_000 });
  });
});

describe("ACCEL_ADMIN_TOKEN", () => {
  it("is replaced when it changes, and an install without any admin token is refused", async () => {
    const next = `env-admin-next-${"y".repeat(24)}`;
    expect(await ensureEnvAdminToken(next)).toEqual({ hasAdmin: true });
    const refused = await listModels(bearer(ADMIN));
    expect([refused.status, refused.body.code]).toEqual([401, "token_revoked"]);
    expect((await listModels(bearer(next))).status).toBe(200);
    await ensureEnvAdminToken(ADMIN); // back, for the other tests
    await db.apiToken.updateMany({ where: { scope: "admin" }, data: { revokedAt: new Date() } });
    expect(await ensureEnvAdminToken(undefined)).toEqual({ hasAdmin: false });
    await ensureEnvAdminToken(ADMIN);
  });
});

describe("the audit log", () => {
  it("records who changed what, refusals included, and only admins read it", async () => {
    const [read, write] = [await makeToken("read"), await makeToken("write")];
    await createCompute(bearer(write.secret));
    await createCompute(bearer(read.secret));
    await listModels(bearer(write.secret));
    const audit = await call(auditRoute.GET, { url: "/api/v1/audit?limit=50", headers: bearer(ADMIN) });
    expect(audit.status).toBe(200);
    const entries = audit.body.items as { actor: string; method: string; path: string; status: number; requestId: string; at: string }[];
    expect(entries.find((e) => e.actor === write.name)).toMatchObject({ method: "POST", path: "/api/v1/computes", status: 202 });
    expect(entries.find((e) => e.actor === read.name)).toMatchObject({ method: "POST", path: "/api/v1/computes", status: 403 });
    expect(entries.some((e) => e.method === "GET")).toBe(false);
    expect(entries.every((e) => e.requestId && Date.parse(e.at) > 0)).toBe(true);
  });
});
