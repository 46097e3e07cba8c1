import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { ApiTokenDto, TokenScope } from "@/lib/auth/types";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";

export type CreatedToken = ApiTokenDto & { secret: string };
export type AuditEntryDto = { id: number; at: string; actor: string; tokenId: string | null; method: string; path: string; status: number; requestId: string; ip: string | null };
export type AuditPage = { items: AuditEntryDto[]; next: number | null };

export const accessKeys = {
  tokens: ["tokens"] as const,
  audit: ["audit"] as const,
};

export function tokenListOptions() {
  return queryOptions({ queryKey: accessKeys.tokens, queryFn: () => fetchJson<ApiTokenDto[]>("/api/v1/tokens") });
}

export function createToken(body: { name: string; scope: TokenScope; expiresAt?: string }) {
  return sendJson<CreatedToken>("/api/v1/tokens", "POST", body);
}

export function revokeToken(id: string) {
  return sendJson<ApiTokenDto>(`/api/v1/tokens/${encodeURIComponent(id)}`, "DELETE");
}

const AUDIT_PAGE = 50;

export function auditOptions() {
  return infiniteQueryOptions({
    queryKey: accessKeys.audit,
    queryFn: ({ pageParam }) => fetchJson<AuditPage>(`/api/v1/audit?limit=${AUDIT_PAGE}${pageParam ? `&before=${pageParam}` : ""}`),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.next,
  });
}
