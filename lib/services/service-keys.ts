import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// Service keys as Azure ML issued them: two random keys per service, either accepted, so
// one can be rotated while clients use the other. Only their sha256 is stored; a key is
// high-entropy (256 bits), so a fast hash is enough (no password stretching needed).

export function generateServiceKey(): string {
  return randomBytes(32).toString("base64url");
}

export function hashServiceKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Whether `presented` is one of the keys whose hashes are stored; constant-time per comparison. */
export function matchesServiceKey(presented: string, hashes: (string | null)[]): boolean {
  const candidate = Buffer.from(hashServiceKey(presented), "hex");
  let isMatch = false;
  for (const hash of hashes) {
    if (hash && timingSafeEqual(candidate, Buffer.from(hash, "hex"))) isMatch = true;
  }
  return isMatch;
}
