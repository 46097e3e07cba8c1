import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { quotaQuerySchema, VCPUS_PER_NODE } from "./schemas";
import { REGIONS, type QuotaDto, type Region } from "./types";

const FAMILY = "Standard PBS Family vCPUs" as const;

/** vCPUs of the PBS family a region's computes hold (every state but Failed) and its limit. */
export async function regionQuota(options: { region: Region; tx?: Prisma.TransactionClient }): Promise<QuotaDto> {
  const client = options.tx ?? db;
  const [usage, row] = await Promise.all([
    client.compute.aggregate({ where: { region: options.region, state: { not: "Failed" } }, _sum: { agentCount: true } }),
    client.regionQuota.findUnique({ where: { region: options.region } }),
  ]);
  return { region: options.region, name: FAMILY, currentValue: (usage._sum.agentCount ?? 0) * VCPUS_PER_NODE, limit: row?.limitVcpus ?? env().PBS_QUOTA_VCPUS, unit: "vCPUs" };
}

/** GET /api/v1/quotas[?region=]: usage and limit per region, as Azure's usages API lists them. */
export async function getQuotas(query: unknown): Promise<{ items: QuotaDto[] }> {
  const { region } = quotaQuerySchema.parse(query);
  const regions = region ? [region] : [...REGIONS];
  return { items: await Promise.all(regions.map((r) => regionQuota({ region: r }))) };
}
