import { queryOptions } from "@tanstack/react-query";

export type CheckStatus = "ok" | "degraded" | "down";
export type WorkerNode = { id: string; hostname: string; pid: number; isLive: boolean; heartbeatAt: string };
export type WebProcess = { id: string; hostname: string; pid: number; url: string; isLive: boolean; heartbeatAt: string; startedAt: string };
export type Health = {
  status: CheckStatus;
  time: string;
  checks: {
    database: { status: CheckStatus; latencyMs?: number; version?: string; error?: string };
    migrations: { status: CheckStatus; applied?: number; pending?: string[]; latest?: string | null };
    workers: { status: CheckStatus; live?: number; nodes?: WorkerNode[] };
    web: { status: CheckStatus; live?: number; processes?: WebProcess[] };
    jobs: { status: CheckStatus; queued?: number; running?: number; failed?: number };
  };
};

// Quiet while all is well; quicker while something is down, so a restarted worker shows
// as back within seconds.
const HEALTH_POLL_MS = { ok: 10_000, other: 3_000 };

export const healthKeys = { all: ["health"] as const };

/** GET /api/v1/health answers 503 with the same body when the database is down, so read it either way. */
export function healthOptions() {
  return queryOptions({
    queryKey: healthKeys.all,
    queryFn: async (): Promise<Health> => {
      const response = await fetch("/api/v1/health", { headers: { accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as Health | null;
      if (!body?.checks) throw new Error(`Health check answered ${response.status}.`);
      return body;
    },
    refetchInterval: (query) => (query.state.data?.status === "ok" ? HEALTH_POLL_MS.ok : HEALTH_POLL_MS.other),
    retry: false,
  });
}
