import { queryOptions } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";

export type SessionDto = { name: string; scope: "read" | "write" | "admin"; via: "bearer" | "session" | "local"; authMode: "local" | "token" };

export function sessionOptions() {
  return queryOptions({ queryKey: ["session"], queryFn: () => fetchJson<SessionDto>("/api/auth/session"), staleTime: 60_000, retry: false });
}

export function signIn(token: string) {
  return sendJson<{ name: string; scope: string; expiresAt: string }>("/api/auth/session", "POST", { token });
}

export function signOut() {
  return sendJson<void>("/api/auth/session", "DELETE");
}
