import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog } from "@/lib/logs";
import { getComputeOrThrow } from "./get-compute";
import { regionQuota } from "./get-quotas";
import { createComputeSchema, VCPUS_PER_NODE } from "./schemas";

/**
 * Queues the provisioning of an FPGA compute (POST /api/v1/computes). The region's quota
 * of "Standard PBS Family vCPUs" is checked and taken in the transaction that writes the
 * row, under a per-region lock, so two requests can never both take the last nodes.
 */
export async function requestCompute(input: unknown) {
  const request = createComputeSchema.parse(input);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"quota:" + request.region}, 0))`;
    if (await tx.compute.findUnique({ where: { name: request.name }, select: { id: true } })) {
      throw new AppError("already_exists", `A compute named ${request.name} already exists.`, { name: request.name });
    }
    const quota = await regionQuota({ region: request.region, tx });
    const needed = request.agentCount * VCPUS_PER_NODE;
    if (quota.currentValue + needed > quota.limit) {
      throw new AppError(
        "quota_exceeded",
        `${request.agentCount} × ${request.vmSize} needs ${needed} ${quota.name} in ${request.region}, but ${quota.currentValue} of the limit of ${quota.limit} are in use (${quota.limit - quota.currentValue} left). Delete a compute in ${request.region}, choose another region, or raise the limit (PBS_QUOTA_VCPUS).`,
        { region: request.region, needed, currentValue: quota.currentValue, limit: quota.limit },
      );
    }
    const compute = await tx.compute.create({ data: { name: request.name, vmSize: request.vmSize, agentCount: request.agentCount, region: request.region } });
    await appendLog({ tx, kind: "compute", id: compute.id, message: `Creating: ${request.agentCount} × ${request.vmSize} in ${request.region} (${needed} of ${quota.limit - quota.currentValue} free ${quota.name})` });
    await addJob(tx, TASKS.computesProvision, { computeId: compute.id }, { jobKey: `compute:${compute.id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
  });
  return getComputeOrThrow({ name: request.name });
}
