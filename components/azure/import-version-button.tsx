"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { modelVersionHref } from "@/components/conversions/conversion-links";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/client/api-error";
import { azureKeys, isTransferActive, requestImport, transferOptions, type AzureModelVersion } from "@/lib/queries/azure";

/**
 * Import one workspace model version, then follow that import here until it settles.
 * Whether its type can be imported is the server's call (it resolves the modelUri and
 * looks for one ONNX file), so the button is always there and a refusal is shown beside it.
 */
export function ImportVersionButton({ workspaceId, version }: { workspaceId: string; version: AzureModelVersion }) {
  const queryClient = useQueryClient();
  const request = useMutation({
    mutationFn: () => requestImport({ workspaceId, name: version.name, version: version.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: azureKeys.transfers() }),
  });
  const followed = useQuery({ ...transferOptions(request.data?.id ?? "none"), enabled: Boolean(request.data) });
  const transfer = followed.data ?? request.data;
  return (
    <div className="space-y-1">
      <Button className="h-7" onClick={() => request.mutate()} disabled={request.isPending || isTransferActive(transfer)}>
        {request.isPending ? "Requesting…" : "Import"}
      </Button>
      {transfer && (
        <div className="flex flex-wrap items-center justify-end gap-1 text-xs">
          <StateBadge state={transfer.state} />
          {transfer.model && (
            <Link href={modelVersionHref(transfer.model)} className="font-mono text-brand-700 hover:underline">
              {transfer.model.name}:{transfer.model.version}
            </Link>
          )}
        </div>
      )}
      {transfer?.error && <p className="max-w-xs text-xs text-red-800 [overflow-wrap:anywhere]">{transfer.error}</p>}
      {request.error && (
        <p role="alert" className="max-w-xs text-xs text-red-800 [overflow-wrap:anywhere]">
          {describeError(request.error)}
        </p>
      )}
    </div>
  );
}
