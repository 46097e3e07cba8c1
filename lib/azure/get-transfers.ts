import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listLogs } from "@/lib/logs";
import { failLostTransfers } from "./fail-lost-transfers";
import { transfersQuerySchema } from "./schemas";
import { toTransferDto, transferInclude } from "./to-transfer-dto";

/** One import or publish with its log, for progress bars and the CLI's --wait. */
export async function getTransfer(id: string) {
  const transferId = z.uuid({ message: "Transfer ids are UUIDs." }).parse(id);
  await failLostTransfers();
  const row = await db.azureTransfer.findUnique({ where: { id: transferId }, include: transferInclude });
  if (!row) throw new AppError("not_found", `There is no Azure transfer ${transferId}.`, { id: transferId });
  return { ...toTransferDto(row), log: await listLogs({ kind: "azure_transfer", id: row.id }) };
}

/** Transfers, newest first: a workspace's, or a local model's (its import, its publications). */
export async function listTransfers(query: unknown) {
  const { workspaceId, modelId, kind } = transfersQuerySchema.parse(query);
  await failLostTransfers();
  const rows = await db.azureTransfer.findMany({ where: { workspaceId, modelId, kind }, orderBy: { createdAt: "desc" }, take: 200, include: transferInclude });
  return { items: rows.map(toTransferDto) };
}
