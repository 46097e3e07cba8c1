import { Select } from "@/components/ui/select";
import { REGIONS, type QuotaDto, type Region } from "@/lib/computes/types";
import { findQuota, quotaRoom } from "./quota";

type RegionSelectProps = { id: string; value: Region; onChange: (region: Region) => void; quotas: QuotaDto[] | undefined; disabled?: boolean; describedBy?: string };

/** The four regions, each with the vCPUs its quota has left. */
export function RegionSelect({ id, value, onChange, quotas, disabled, describedBy }: RegionSelectProps) {
  return (
    <Select id={id} className="w-full" value={value} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value as Region)}>
      {REGIONS.map((region) => {
        const room = quotaRoom(findQuota(quotas, region));
        return (
          <option key={region} value={region}>
            {region}
            {room ? ` — ${room.freeVcpus} vCPUs free (${room.freeNodes} node${room.freeNodes === 1 ? "" : "s"})` : ""}
          </option>
        );
      })}
    </Select>
  );
}
