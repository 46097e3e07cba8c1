import { ProgressBar } from "@/components/ui/progress-bar";
import type { QuotaDto } from "@/lib/computes/types";
import { quotaRoom } from "./quota";

/** Each region's quota of PBS-family vCPUs, used against the limit (Azure's "Usage + quotas" blade). */
export function QuotaBars({ quotas }: { quotas: QuotaDto[] }) {
  return (
    <ul aria-label="Quota usage per region" className="grid gap-x-6 gap-y-3 rounded-sm border border-neutral-200 bg-white px-4 py-3 sm:grid-cols-2 xl:grid-cols-4">
      {quotas.map((quota) => {
        const used = quota.limit > 0 ? quota.currentValue / quota.limit : 1;
        const room = quotaRoom(quota)!;
        const text = `${quota.currentValue} of ${quota.limit} ${quota.unit} used`;
        return (
          <li key={quota.region} className="space-y-1" data-testid={`quota-${quota.region}`}>
            <div className="flex items-baseline justify-between gap-2 text-xs">
              <span className="font-mono font-medium text-neutral-900">{quota.region}</span>
              <span className="text-neutral-600 tabular-nums">{text}</span>
            </div>
            <ProgressBar value={used} label={`${quota.region} quota`} valueText={text} tone={used >= 1 ? "danger" : "brand"} />
            <p className="text-[11px] text-neutral-500">
              {room.freeNodes > 0 ? `Room for ${room.freeNodes} more PB6 node${room.freeNodes === 1 ? "" : "s"}` : "Full: no PB6 node fits"}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
