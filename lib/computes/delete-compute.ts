import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { addJob, TASKS } from "@/lib/jobs";
import { appendLog, deleteLogs } from "@/lib/logs";
import { getComputeOrThrow, getComputeRowOrThrow } from "./get-compute";

/**
 * Starts deleting a compute (DELETE /api/v1/computes/{name}): refused with 409 `in_use`
 * while services run on it; otherwise it goes Deleting and its job releases the nodes.
 */
export async function deleteCompute(options: { name: string }) {
  const compute = await getComputeRowOrThrow(options);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT id FROM computes WHERE id = ${compute.id}::uuid FOR UPDATE`;
    const services = await tx.service.findMany({ where: { computeId: compute.id }, select: { name: true } });
    if (services.length) {
      const users = services.map((s) => `service ${s.name}`);
      throw new AppError("in_use", `Compute ${compute.name} still hosts ${users.join(", ")}. Delete those first.`, { usedBy: users });
    }
    await tx.compute.update({ where: { id: compute.id }, data: { state: "Deleting" } });
    await appendLog({ tx, kind: "compute", id: compute.id, message: "Deleting" });
    await tx.$executeRaw`SELECT graphile_worker.remove_job(${`compute:${compute.id}`}::text)`;
    await addJob(tx, TASKS.computesDelete, { computeId: compute.id }, { jobKey: `compute-delete:${compute.id}`, maxAttempts: env().PIPELINE_MAX_ATTEMPTS });
  });
  return getComputeOrThrow(options);
}

/** The computes-delete job: the nodes go with the row (cascade), then the log. */
export async function runComputeDelete(options: { computeId: string }) {
  await db.$transaction(async (tx) => {
    const row = await tx.compute.findUnique({ where: { id: options.computeId }, select: { state: true } });
    if (row?.state !== "Deleting") return;
    await tx.compute.delete({ where: { id: options.computeId } });
    await deleteLogs({ tx, kind: "compute", id: options.computeId });
  });
}
