import { db } from "@/lib/db";
import { notifiedCache } from "@/lib/db/notified-cache";
import { API_TOKENS_CHANNEL } from "@/lib/db/sql-only-objects";
import type { TokenScope } from "./types";

export type StoredToken = { id: string; name: string; scope: TokenScope; expiresAt: Date | null; revokedAt: Date | null };

const SELECT = { id: true, name: true, scope: true, expiresAt: true, revokedAt: true } as const;

// Every authenticated request looks its token up; the rows are kept in memory and
// dropped at every commit to api_tokens (a revocation acts on the next request), as the
// service view is (lib/db/notified-cache.ts).
const cache = notifiedCache<StoredToken | null>({
  channel: API_TOKENS_CHANNEL,
  load: (secretHash) => db.apiToken.findUnique({ where: { secretHash }, select: SELECT }),
  maxAgeMs: 5_000,
  maxEntries: 1_000,
});

const byId = notifiedCache<StoredToken | null>({
  channel: API_TOKENS_CHANNEL,
  load: (id) => db.apiToken.findUnique({ where: { id }, select: SELECT }).catch(() => null),
  maxAgeMs: 5_000,
  maxEntries: 1_000,
});

export const readTokenByHash = (secretHash: string): Promise<StoredToken | null> => cache.get(secretHash);

/** A session's token (its auth user has the token's id). */
export const readTokenById = (id: string): Promise<StoredToken | null> => byId.get(id);

/** After this process revoked a token: other processes hear of it at commit, this one at once. */
export const forgetTokens = () => (cache.forget(), byId.forget());
