"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { healthOptions, type CheckStatus } from "@/lib/queries/health";

const DOT: Record<CheckStatus | "unknown", string> = {
  ok: "bg-green-500",
  degraded: "bg-amber-400",
  down: "bg-red-500",
  unknown: "bg-neutral-400",
};

function Light({ label, status }: { label: string; status: CheckStatus | "unknown" }) {
  const word = status === "ok" ? "up" : status === "unknown" ? "unknown" : status;
  return (
    <span className="inline-flex items-center gap-1.5" title={`${label}: ${word}`}>
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[status]}`} />
      <span>
        {label} <span className="text-neutral-400">{word}</span>
      </span>
    </span>
  );
}

/** DB and worker lights in the top bar, refreshed every 10 s. */
export function HealthIndicator() {
  const { data, isError } = useQuery(healthOptions());
  const database: CheckStatus | "unknown" = isError ? "down" : (data?.checks.database.status ?? "unknown");
  const workers: CheckStatus | "unknown" = isError ? "unknown" : (data?.checks.workers.status ?? "unknown");
  return (
    <Link
      href="/settings"
      aria-label={`Studio health: database ${database === "ok" ? "up" : database}, worker ${workers === "ok" ? "up" : workers}`}
      className="flex items-center gap-4 rounded-sm px-2 py-1 text-xs text-neutral-200 hover:bg-white/10"
      data-testid="health-indicator"
    >
      <Light label="DB" status={database} />
      <Light label="Worker" status={workers} />
    </Link>
  );
}
