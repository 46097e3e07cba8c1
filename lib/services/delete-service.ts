import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog, deleteLogs } from "@/lib/logs";
import { getServiceOrThrow, getServiceRowOrThrow } from "./get-service";

/** Starts deleting a service (DELETE /api/v1/services/{name}): it goes Deleting and stops taking requests; its job frees the FPGAs. */
export async function deleteService(options: { name: string }) {
  const service = await getServiceRowOrThrow(options);
  await db.$transaction(async (tx) => {
    await tx.service.update({ where: { id: service.id }, data: { state: "Deleting" } });
    await appendLog({ tx, kind: "service", id: service.id, message: "Deleting" });
    await tx.$executeRaw`SELECT graphile_worker.remove_job(${`service:${service.id}`}::text)`;
    await addJob(tx, TASKS.servicesDelete, { serviceId: service.id }, { jobKey: `service-delete:${service.id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
  });
  return getServiceOrThrow(options);
}

/** The services-delete job: unloads the model from each FPGA, then removes the service and its log. */
export async function runServiceDelete(options: { serviceId: string }) {
  await db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: options.serviceId }, include: { replicaPlacements: true } });
    if (service?.state !== "Deleting") return;
    await tx.computeNode.updateMany({ where: { id: { in: service.replicaPlacements.map((r) => r.nodeId) } }, data: { loadedDigest: null, reflashUntil: null } });
    await tx.service.delete({ where: { id: service.id } });
    await deleteLogs({ tx, kind: "service", id: service.id });
  });
}
