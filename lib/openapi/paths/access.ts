import { z } from "zod";
import { auditQuerySchema, createTokenSchema, signInSchema } from "@/lib/auth/schemas";
import { ApiToken, AuditPage, CreatedToken, Session, SignedIn } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Access";

export const accessPaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/tokens", tag, summary: "List API tokens (never their secrets); admin", replies: { 200: { description: "The tokens", schema: z.array(ApiToken) } } },
  { method: "post", path: "/api/v1/tokens", tag, summary: "Make an API token; admin", body: { schema: createTokenSchema }, replies: { 201: { description: "The token, with its secret (this once)", schema: CreatedToken } } },
  { method: "delete", path: "/api/v1/tokens/{id}", tag, summary: "Revoke a token at once; admin", params: { id: z.string() }, replies: { 200: { description: "The token, revoked", schema: ApiToken } } },
  { method: "get", path: "/api/v1/audit", tag, summary: "The audit log, newest first; admin", query: auditQuerySchema, replies: { 200: { description: "A page of entries", schema: AuditPage } } },
  {
    method: "post", path: "/api/auth/session", tag, summary: "Sign in to the studio with an API token: session cookies", isPublic: true, body: { schema: signInSchema }, errors: [401, 403, 415],
    replies: { 200: { description: "Signed in: an HTTP-only session cookie and the accel.csrf cookie are set", schema: SignedIn } },
  },
  { method: "get", path: "/api/auth/session", tag, summary: "Who this request acts as", replies: { 200: { description: "The principal", schema: Session } } },
  { method: "delete", path: "/api/auth/session", tag, summary: "Sign out", isPublic: true, replies: { 204: { description: "Signed out; the cookies are cleared" } } },
];

