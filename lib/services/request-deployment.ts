import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog } from "@/lib/logs";
import { assertBatchable } from "./check-batching";
import { getServiceOrThrow } from "./get-service";
import { createServiceSchema } from "./schemas";
import { generateServiceKey, hashServiceKey } from "./service-keys";

/**
 * Deploys an image to a compute (POST /api/v1/services). The FPGAs are reserved here, in
 * the transaction that writes the service, under a lock on the compute: one model per
 * FPGA, so a node already serving a replica is never given a second one, and two
 * deployments cannot take the same node. The keys are returned this once; only their
 * hashes are kept.
 */
export async function requestDeployment(input: unknown) {
  const request = createServiceSchema.parse(input);
  const autoscale = request.autoscale;
  if (autoscale?.enabled && (request.replicas < autoscale.minReplicas || request.replicas > autoscale.maxReplicas)) {
    throw new AppError("validation_failed", `replicas (${request.replicas}) must lie between autoscale.minReplicas and maxReplicas.`);
  }
  const keys = request.authEnabled ? { primary: generateServiceKey(), secondary: generateServiceKey() } : undefined;
  await db.$transaction(async (tx) => {
    if (await tx.service.findUnique({ where: { name: request.name }, select: { id: true } })) {
      throw new AppError("already_exists", `A service named ${request.name} already exists.`, { name: request.name });
    }
    const image = await tx.image.findUnique({ where: { name_version: request.image }, include: { model: { select: { name: true, version: true, inputs: true } } } });
    if (!image) throw new AppError("not_found", `Image ${request.image.name} has no version ${request.image.version}.`);
    assertBatchable({ maxBatchSize: request.maxBatchSize, model: image.model });
    if (image.state !== "Succeeded") throw new AppError("not_ready", `Image ${image.name}:${image.version} is ${image.state}; deploy it once its build has succeeded.`, { state: image.state });
    const compute = await tx.compute.findUnique({ where: { name: request.compute } });
    if (!compute) throw new AppError("not_found", `There is no compute named ${request.compute}.`);
    await tx.$executeRaw`SELECT id FROM computes WHERE id = ${compute.id}::uuid FOR UPDATE`;
    if (compute.state !== "Succeeded") throw new AppError("not_ready", `Compute ${compute.name} is ${compute.state}; deploy to it once it has succeeded.`, { state: compute.state });
    const free = await tx.computeNode.findMany({ where: { computeId: compute.id, replicas: { none: {} } }, orderBy: { name: "asc" } });
    const needed = request.replicas * request.fpgasPerReplica;
    if (free.length < needed) {
      throw new AppError("insufficient_capacity", `Compute ${compute.name} has ${free.length} free FPGA${free.length === 1 ? "" : "s"} of ${compute.agentCount}; ${request.replicas} replica(s) × ${request.fpgasPerReplica} FPGA(s) need ${needed}. One FPGA runs one model: add nodes or delete a service.`, { free: free.length, needed });
    }
    const service = await tx.service.create({
      data: {
        name: request.name,
        imageId: image.id,
        computeId: compute.id,
        replicas: request.replicas,
        fpgasPerReplica: request.fpgasPerReplica,
        autoscaleEnabled: autoscale?.enabled ?? false,
        autoscaleMin: autoscale?.minReplicas ?? request.replicas,
        autoscaleMax: autoscale?.maxReplicas ?? request.replicas,
        autoscaleTargetUtilization: autoscale?.targetUtilization ?? 70,
        authEnabled: request.authEnabled,
        maxBatchSize: request.maxBatchSize,
        maxQueueDelayMs: request.maxQueueDelayMs,
        primaryKeyHash: keys ? hashServiceKey(keys.primary) : null,
        secondaryKeyHash: keys ? hashServiceKey(keys.secondary) : null,
      },
    });
    const nodes = free.slice(0, needed);
    await tx.serviceReplica.createMany({ data: nodes.map((node, i) => ({ serviceId: service.id, nodeId: node.id, replicaIndex: Math.floor(i / request.fpgasPerReplica) })) });
    await appendLog({ tx, kind: "service", id: service.id, message: `Transitioning: deploying ${image.name}:${image.version} to ${compute.name} as ${request.replicas} replica(s) on ${nodes.map((n) => n.name).join(", ")}${request.authEnabled ? "; key authentication on" : ""}${request.maxBatchSize > 1 ? `; batching up to ${request.maxBatchSize} requests, waiting at most ${request.maxQueueDelayMs} ms` : ""}` });
    await addJob(tx, TASKS.servicesDeploy, { serviceId: service.id }, { jobKey: `service:${service.id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
  });
  return getServiceOrThrow({ name: request.name, keys });
}
