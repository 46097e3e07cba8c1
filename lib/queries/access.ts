import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type { ApiTokenDto, TokenScope } from "@/lib/auth/types";
import type { auditPageSchema, createdTokenSchema } from "@/lib/openapi/resources/access";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";

export type CreatedToken = z.infer<typeof createdTokenSchema>;
export type AuditPage = z.infer<typeof auditPageSchema>;

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
