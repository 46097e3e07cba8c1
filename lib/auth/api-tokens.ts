import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { forgetTokens } from "./read-token-by-hash";
import { createTokenSchema } from "./schemas";
import { displayPrefix, hashTokenSecret, newTokenSecret } from "./token-secret";
import { toTokenDto } from "./to-token-dto";
import type { ApiTokenDto, Principal } from "./types";

// Creating, listing and revoking API tokens (Settings, `accel tokens`, /api/v1/tokens).
// The secret is returned once, by create; afterwards only its prefix is known.

export async function createApiToken(body: unknown, principal: Principal): Promise<{ token: ApiTokenDto; secret: string }> {
  const request = createTokenSchema.parse(body);
  const secret = newTokenSecret();
  const token = await db.apiToken.create({
    data: { name: request.name, scope: request.scope, secretHash: hashTokenSecret(secret), prefix: displayPrefix(secret), createdBy: principal.name, expiresAt: request.expiresAt ? new Date(request.expiresAt) : null },
  });
  return { token: toTokenDto(token), secret };
}

export async function listApiTokens(): Promise<ApiTokenDto[]> {
  const tokens = await db.apiToken.findMany({ orderBy: { createdAt: "desc" } });
  return tokens.map((token) => toTokenDto(token));
}

/** Revokes a token at once (every process drops it at commit); revoking it again changes nothing. */
export async function revokeApiToken(id: string): Promise<ApiTokenDto> {
  const token = await db.apiToken.findUnique({ where: { id } }).catch(() => null);
  if (!token) throw new AppError("not_found", `There is no token with id ${id}.`, { id });
  if (token.revokedAt) return toTokenDto(token);
  const revoked = await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  forgetTokens();
  return toTokenDto(revoked);
}
