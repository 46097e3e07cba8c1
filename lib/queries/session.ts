import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type { sessionSchema } from "@/lib/openapi/resources/access";

export type SessionDto = z.infer<typeof sessionSchema>;

export function sessionOptions() {
  return queryOptions({ queryKey: ["session"], queryFn: () => fetchJson<SessionDto>("/api/auth/session"), staleTime: 60_000, retry: false });
}

export function signIn(token: string) {
  return sendJson<{ name: string; scope: string; expiresAt: string }>("/api/auth/session", "POST", { token });
}

export function signOut() {
  return sendJson<void>("/api/auth/session", "DELETE");
}
