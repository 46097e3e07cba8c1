import type { ApiToken } from "@/lib/db";
import type { ApiTokenDto } from "./types";

export function toTokenDto(token: ApiToken, now = Date.now()): ApiTokenDto {
  const state = token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt.getTime() <= now ? "expired" : "active";
  return {
    id: token.id,
    name: token.name,
    scope: token.scope,
    prefix: token.prefix,
    fromEnv: token.fromEnv,
    createdBy: token.createdBy,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    state,
  };
}
