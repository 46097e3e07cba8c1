import type { TokenScope } from "./types";

// What a request needs: reading and scoring need `read` (a score changes nothing), any
// other change `write`, and managing tokens or reading the audit log `admin`.
const ADMIN_PATH = /^\/api\/v1\/(tokens|audit)(\/|$)/;
const SCORE_PATH = /\/score$/;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function requiredScope(method: string, path: string): TokenScope {
  if (ADMIN_PATH.test(path)) return "admin";
  if (SAFE_METHODS.has(method) || (method === "POST" && SCORE_PATH.test(path))) return "read";
  return "write";
}

const RANK: Record<TokenScope, number> = { read: 0, write: 1, admin: 2 };

export function hasScope(granted: TokenScope, needed: TokenScope): boolean {
  return RANK[granted] >= RANK[needed];
}

/** Whether a request changes something, and so is written to the audit log. */
export function isChange(method: string, path: string): boolean {
  return requiredScope(method, path) !== "read" && !SAFE_METHODS.has(method);
}
