"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeError } from "@/lib/client/api-error";
import { formatBytes, formatPercent } from "@/lib/client/format";
import { catalogKeys, isPullActive, pullOptions, requestPull, type CatalogItem, type PullDetail } from "@/lib/queries/catalog";
import { modelKeys } from "@/lib/queries/models";
import type { PullDto } from "@/lib/pulls/to-pull-dto";

/** The Pull button of one catalog entry, then the pull's live progress and outcome. */
export function PullCell({ item }: { item: CatalogItem }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [pullId, setPullId] = useState<string | null>(isPullActive(item.lastPull) ? item.lastPull!.id : null);
  const pullQuery = useQuery({ ...pullOptions(pullId ?? "none"), enabled: pullId !== null });
  const request = useMutation({
    mutationFn: () => requestPull(item.id),
    onSuccess: (pull) => setPullId(pull.id),
  });

  const current: PullDto | PullDetail | undefined = pullId ? (pullQuery.data ?? request.data ?? undefined) : undefined;
  const shown = current ?? (item.lastPull?.state === "Failed" ? item.lastPull : undefined);
  const isActive = isPullActive(shown) || request.isPending;

  // Once a pull this cell follows settles, the catalog and model lists have changed.
  const settled = useRef<string | null>(null);
  useEffect(() => {
    if (!current || isPullActive(current) || settled.current === current.id) return;
    settled.current = current.id;
    void queryClient.invalidateQueries({ queryKey: catalogKeys.list() });
    void queryClient.invalidateQueries({ queryKey: modelKeys.all });
    router.refresh();
  }, [current, queryClient, router]);

  const label = `${item.name}`;
  return (
    <div className="w-52 space-y-1" data-testid={`pull-${item.id}`}>
      {shown && isPullActive(shown) ? (
        <PullProgress pull={shown} />
      ) : (
        <div className="flex items-center gap-2">
          <Button onClick={() => request.mutate()} disabled={isActive} aria-label={`Pull ${label}`} className="h-7">
            {request.isPending ? "Requesting…" : shown?.state === "Failed" ? "Retry pull" : "Pull"}
          </Button>
          {shown && <StatusBadge state={shown.state} />}
        </div>
      )}
      {shown?.state === "Succeeded" && shown.model && (
        <p className="text-xs">
          Registered as{" "}
          <Link href={`/models/${shown.model.name}/versions/${shown.model.version}`} className="font-medium text-brand-700 hover:underline">
            {shown.model.name}:{shown.model.version}
          </Link>
        </p>
      )}
      {shown?.state === "Failed" && <PullError message={shown.error ?? "The pull failed."} />}
      {request.error && (
        <p role="alert" className="text-xs text-red-800">
          {describeError(request.error)}
        </p>
      )}
      {pullQuery.error && <p className="text-xs text-red-800">Lost track of the pull: {describeError(pullQuery.error)}</p>}
    </div>
  );
}

function PullProgress({ pull }: { pull: PullDto | PullDetail }) {
  const text = pull.bytesTotal > 0 ? `${formatBytes(pull.bytesDone)} of ${formatBytes(pull.bytesTotal)}` : "";
  const lastLog = "logs" in pull ? pull.logs.at(-1)?.message : undefined;
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2 text-xs text-neutral-700">
        <StatusBadge state={pull.state} />
        <span className="tabular-nums">
          {text} {pull.state === "Running" && `(${formatPercent(pull.progress)})`}
        </span>
      </div>
      <ProgressBar value={pull.state === "Queued" ? null : pull.progress} label={`Pull of ${pull.catalogId}`} valueText={text} />
      {lastLog && <p className="truncate text-xs text-neutral-500" title={lastLog}>{lastLog}</p>}
    </div>
  );
}

/** A failed pull's error can list every source tried; show its start and fold the rest. */
function PullError({ message }: { message: string }) {
  const [summary] = message.split(/:\s/, 1);
  const isLong = message.length > 90;
  return (
    <div role="alert" className="text-xs text-red-800 [overflow-wrap:anywhere]">
      {isLong ? (
        <details>
          <summary className="cursor-pointer">{summary}</summary>
          <p className="mt-1 whitespace-pre-line text-neutral-700">{message.replace(/; /g, ";\n")}</p>
        </details>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}
