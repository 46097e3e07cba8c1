import { db } from "@/lib/db";
import { forgetTokens } from "./read-token-by-hash";
import { displayPrefix, hashTokenSecret } from "./token-secret";

const ENV_TOKEN_NAME = "admin (ACCEL_ADMIN_TOKEN)";

/**
 * The first admin credential of a token-mode install: ACCEL_ADMIN_TOKEN, stored like any
 * token (its hash only). When the variable changes, the token it gave before is revoked,
 * so rotating it is changing the variable and restarting. Returns whether any admin
 * token can still act, so the launcher can refuse an install nobody could get into.
 */
export async function ensureEnvAdminToken(secret: string | undefined): Promise<{ hasAdmin: boolean }> {
  if (secret) {
    const secretHash = hashTokenSecret(secret);
    await db.$transaction([
      db.apiToken.updateMany({ where: { fromEnv: true, revokedAt: null, NOT: { secretHash } }, data: { revokedAt: new Date() } }),
      db.apiToken.upsert({
        where: { secretHash },
        create: { name: ENV_TOKEN_NAME, scope: "admin", secretHash, prefix: displayPrefix(secret), fromEnv: true, createdBy: "ACCEL_ADMIN_TOKEN" },
        // The variable is the operator's word: it is an admin token again, even if revoked in the studio.
        update: { scope: "admin", revokedAt: null, expiresAt: null, fromEnv: true },
      }),
    ]);
    forgetTokens();
  }
  const admins = await db.apiToken.count({ where: { scope: "admin", revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } });
  return { hasAdmin: admins > 0 };
}
