import { z } from "zod";

// API tokens, the audit log and the studio session (lib/auth).

export const tokenScopeSchema = z.enum(["read", "write", "admin"]);

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: tokenScopeSchema,
  prefix: z.string().describe("The secret's first characters, to recognise it"),
  fromEnv: z.boolean().describe("The token ACCEL_ADMIN_TOKEN provides"),
  createdBy: z.string(),
  createdAt: z.string().describe("ISO 8601"),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  state: z.enum(["active", "expired", "revoked"]),
});

export const createdTokenSchema = apiTokenSchema.extend({ secret: z.string().describe("The token itself: in this answer and nowhere else") });

export const auditEntrySchema = z.object({
  id: z.int(),
  at: z.string().describe("ISO 8601"),
  actor: z.string().describe('The token\'s name, or "local"'),
  tokenId: z.string().nullable(),
  method: z.string(),
  path: z.string(),
  status: z.int(),
  requestId: z.string(),
  ip: z.string().nullable(),
});

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), next: z.int().nullable().describe("Pass as `before` for the next, older page") });

export const sessionSchema = z.object({
  name: z.string(),
  scope: tokenScopeSchema,
  via: z.enum(["bearer", "session", "local"]),
  authMode: z.enum(["local", "token"]),
});

export const signedInSchema = z.object({ name: z.string(), scope: tokenScopeSchema, expiresAt: z.string(), authMode: z.enum(["local", "token"]) });
