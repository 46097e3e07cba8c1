import { createHash, randomBytes } from "node:crypto";

// An API token's secret: "accel_" and 256 random bits. Only its sha256 is stored; the
// secret is high-entropy, so a fast hash is enough (no password stretching needed), and
// the lookup by hash is an index read. The prefix lets secret scanners and people
// recognise it.

export const TOKEN_PREFIX = "accel_";

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What a list shows of a secret: enough to tell tokens apart, far too little to use. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 4);
}
