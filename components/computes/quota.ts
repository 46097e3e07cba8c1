import type { QuotaDto, Region } from "@/lib/computes/types";
import { PB6_VCPUS } from "@/lib/queries/computes";

/** vCPUs still free in a region, and how many PB6 nodes that is. */
export function quotaRoom(quota: QuotaDto | undefined): { freeVcpus: number; freeNodes: number } | null {
  if (!quota) return null;
  const freeVcpus = Math.max(0, quota.limit - quota.currentValue);
  return { freeVcpus, freeNodes: Math.floor(freeVcpus / PB6_VCPUS) };
}

export function findQuota(quotas: QuotaDto[] | undefined, region: Region): QuotaDto | undefined {
  return quotas?.find((q) => q.region === region);
}

/** Why `agentCount` nodes do not fit in the region's quota, or null when they do (or the quota is unknown). */
export function quotaProblem(quota: QuotaDto | undefined, agentCount: number): string | null {
  const room = quotaRoom(quota);
  if (!room || agentCount * PB6_VCPUS <= room.freeVcpus) return null;
  return `${agentCount} × ${PB6_VCPUS} vCPUs = ${agentCount * PB6_VCPUS} vCPUs, but ${quota!.region} has ${room.freeVcpus} of its ${quota!.limit} ${quota!.name} left.`;
}
