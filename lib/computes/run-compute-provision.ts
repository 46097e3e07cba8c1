import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { messageOf, shouldRetry, waitSimulated, type JobAttempt } from "@/lib/jobs";
import { resourceLogger } from "@/lib/logs";
import { listLiveNodeHosts } from "@/lib/workers";
import { logger } from "@/lib/logging";

// This process\'s own log (lib/logging), beside the resource\'s log the studio shows.
const processLog = logger("computes");

/**
 * The computes-provision job: waits out the simulated provisioning time (configurable,
 * COMPUTE_PROVISION_SECONDS), then creates the compute's nodes, one Standard_PB6s with
 * one FPGA each, hosted by the live worker processes (least loaded first). Idempotent:
 * nodes are keyed by name, and a compute no longer Creating returns at once.
 */
export async function runComputeProvision(options: { computeId: string; signal?: AbortSignal; attempt: JobAttempt }) {
  const { computeId: id, attempt } = options;
  const row = await db.compute.findUnique({ where: { id } });
  if (!row || row.state !== "Creating") return;
  const log = resourceLogger("compute", id);
  try {
    await log(`Provisioning ${row.agentCount} node${row.agentCount === 1 ? "" : "s"} in ${row.region}${attempt.number > 1 ? ` (attempt ${attempt.number} of ${attempt.max})` : ""}`);
    await waitSimulated({
      seconds: env().COMPUTE_PROVISION_SECONDS,
      signal: options.signal,
      onStep: async (fraction) => void (await db.compute.updateMany({ where: { id, state: "Creating" }, data: { progress: 0.9 * fraction } })),
    });
    const nodes = await db.$transaction(async (tx) => {
      const current = await tx.compute.findUnique({ where: { id }, select: { state: true } });
      if (current?.state !== "Creating") return null;
      const hosts = await listLiveNodeHosts(tx);
      if (hosts.length === 0) throw new Error("No live worker can host the nodes yet; retrying.");
      const names = Array.from({ length: row.agentCount }, (_, i) => `${row.name}-node-${i}`);
      for (const [index, name] of names.entries()) {
        const workerId = hosts[index % hosts.length].id;
        await tx.computeNode.upsert({ where: { computeId_name: { computeId: id, name } }, create: { computeId: id, name, workerId }, update: {} });
      }
      await tx.compute.update({ where: { id }, data: { state: "Succeeded", progress: 1, errors: [] as Prisma.InputJsonValue } });
      return names.map((name, index) => `${name} on ${hosts[index % hosts.length].hostname}:${hosts[index % hosts.length].pid}`);
    });
    if (nodes) await log(`Succeeded: ${nodes.join(", ")}`);
  } catch (error) {
    const message = messageOf(error);
    if (options.signal?.aborted || shouldRetry(error, attempt)) {
      await log(`Attempt ${attempt.number} of ${attempt.max} stopped, will retry: ${message}`, "warn");
      throw error;
    }
    if (!isAppError(error)) processLog.error({ err: error, compute: id }, `provisioning ${id} failed`);
    const errors = [{ code: isAppError(error) ? error.code : "ProvisioningFailed", message }] as Prisma.InputJsonValue;
    await db.compute.updateMany({ where: { id, state: "Creating" }, data: { state: "Failed", errors } });
    await log(`Failed: ${message}`, "error");
  }
}
