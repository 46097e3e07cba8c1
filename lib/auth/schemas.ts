import { z } from "zod";

export const tokenScopeSchema = z.enum(["read", "write", "admin"]);

export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(64).describe("What the token is for (a CI job, a person); shown in lists and in the audit log."),
  scope: tokenScopeSchema.describe("read: look and score; write: also create, change and delete; admin: also manage tokens and read the audit log."),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("When the token stops working (ISO 8601); never, when absent.")
    .refine((value) => value === undefined || Date.parse(value) > Date.now(), "expiresAt must be in the future"),
});
export type CreateTokenRequest = z.infer<typeof createTokenSchema>;

export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** An entry id: the page of entries older than it. */
  before: z.coerce.number().int().positive().optional(),
});

export const signInSchema = z.strictObject({ token: z.string().trim().min(1, "Paste an API token (accel_…) or ACCEL_ADMIN_TOKEN.") });
