import { localArtifact } from "@/lib/artifacts";
import { toLatencyBreakdown } from "@/lib/conversions/to-latency-breakdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { simulateLatency } from "@/lib/fpga";
import { listLogs } from "@/lib/logs";
import { getModelSummary } from "@/lib/scoring/get-model-summary";
import { serviceNameSchema } from "./schemas";
import { serviceSetup } from "./service-setup";
import { SERVICE_INCLUDE, toServiceDto, type ServiceRow } from "./to-service-dto";
import type { ServiceDto } from "./types";

export async function getServiceRowOrThrow(options: { name: string }): Promise<ServiceRow> {
  const name = serviceNameSchema.parse(options.name);
  const row = await db.service.findUnique({ where: { name }, include: SERVICE_INCLUDE });
  if (!row) throw new AppError("not_found", `There is no service named ${name}.`, { name });
  return row;
}

export async function getServiceOrThrow(options: { name: string; keys?: ServiceDto["keys"] }): Promise<ServiceDto> {
  const row = await getServiceRowOrThrow(options);
  return present(row, { log: await listLogs({ kind: "service", id: row.id }), keys: options.keys });
}

export async function listServices() {
  const rows = await db.service.findMany({ include: SERVICE_INCLUDE, orderBy: { createdAt: "desc" } });
  return { items: await Promise.all(rows.map((row) => present(row, {}))) };
}

/** The DTO with the simulated latency of one image on this deployment (lib/fpga, from the converted graph). */
async function present(row: ServiceRow, extra: { log?: ServiceDto["log"]; keys?: ServiceDto["keys"] }): Promise<ServiceDto> {
  const { profile, setup } = serviceSetup(row, row.image.model);
  const model = row.image.model;
  const summary = await localArtifact(model.digest).then((path) => getModelSummary({ digest: model.digest, path })).catch(() => null);
  const simulated = summary ? toLatencyBreakdown(simulateLatency({ summary, profile, ...setup, isDetector: model.task === "detection" })) : null;
  return toServiceDto(row, { simulated, deviceProfile: profile, ...extra });
}
