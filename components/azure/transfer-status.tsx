import { LiveProgress } from "@/components/pipeline/live-progress";
import { StateBadge } from "@/components/pipeline/state-badge";
import { formatBytes } from "@/lib/client/format";
import { isTransferActive, TRANSFER_ACTIVE_STATES, type AzureTransfer } from "@/lib/queries/azure";

/** A transfer's state in words, its progress bar while it moves (bytes once known), and why it failed. */
export function TransferStatus({ transfer }: { transfer: AzureTransfer }) {
  const bytes = transfer.bytesTotal > 0 ? `${formatBytes(transfer.bytesDone)} of ${formatBytes(transfer.bytesTotal)}` : undefined;
  return (
    <div className="w-56 space-y-1">
      <StateBadge state={transfer.state} />
      {isTransferActive(transfer) && (
        <LiveProgress
          state={transfer.state}
          progress={transfer.progress}
          label={`${transfer.kind === "import" ? "Import" : "Publish"} of ${transfer.azureModel.name}`}
          activeStates={TRANSFER_ACTIVE_STATES}
          detail={bytes}
        />
      )}
      {transfer.state === "Succeeded" && bytes && <p className="text-xs text-neutral-600">{formatBytes(transfer.bytesTotal)}</p>}
      {transfer.error && <p className="text-xs text-red-800 [overflow-wrap:anywhere]">{transfer.error}</p>}
    </div>
  );
}
