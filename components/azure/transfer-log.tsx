"use client";

import { useQuery } from "@tanstack/react-query";
import { LogViewer } from "@/components/pipeline/log-viewer";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { isTransferActive, transferOptions } from "@/lib/queries/azure";

/** One transfer's log, read (and followed while it runs) only once someone opens it. */
export function TransferLog({ id }: { id: string }) {
  const transfer = useQuery(transferOptions(id));
  if (transfer.error) return <ProblemAlert error={transfer.error} title="The log could not be read" />;
  return <LogViewer lines={transfer.data?.log} label="Transfer log" isLive={isTransferActive(transfer.data)} emptyText={transfer.isPending ? "Loading…" : undefined} />;
}
