import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { addJob, TASKS } from "@/lib/jobs";
import { listLogs, type LogLine } from "@/lib/logs";
import type { Principal } from "@/lib/auth";
import { failLostTransfers } from "./fail-lost-transfers";
import { importRequestSchema, publishRequestSchema } from "./schemas";
import { toTransferDto, transferInclude, type AzureTransferDto } from "./to-transfer-dto";
import { getWorkspaceRow, workspaceArmId } from "./workspaces";

type Requested = { transfer: AzureTransferDto; isNew: boolean };
type Answer = { transfer: AzureTransferDto & { log: LogLine[] }; isNew: boolean };

/** A request answers with the transfer as GET /api/v1/azure/transfers/{id} shows it, its log included: the contract's AzureTransfer. */
async function withLog(requested: Requested): Promise<Answer> {
  return { ...requested, transfer: { ...requested.transfer, log: await listLogs({ kind: "azure_transfer", id: requested.transfer.id }) } };
}

/** The resource id of a workspace model version, as Azure writes it; the import key is its lower case (ARM ids ignore case). */
export const modelVersionArmId = (workspace: Parameters<typeof workspaceArmId>[0], name: string, version: string) => `${workspaceArmId(workspace)}/models/${name}/versions/${version}`;

/**
 * Queues an import of a workspace model version. The registry holds one import of each
 * version: one already imported answers with its finished transfer, one under way with
 * itself; otherwise the row, its log line and its job are created in one transaction.
 */
export async function requestImport(workspaceId: string, body: unknown, principal: Principal): Promise<Answer> {
  const input = importRequestSchema.parse(body);
  const workspace = await getWorkspaceRow(workspaceId);
  const assetId = modelVersionArmId(workspace, input.name, input.version);
  await failLostTransfers();
  const requested = await db.$transaction(async (tx): Promise<Requested> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"azure-import:" + assetId.toLowerCase()}, 0))`;
    const active = await tx.azureTransfer.findFirst({ where: { kind: "import", workspaceId, azureName: input.name, azureVersion: input.version, state: { in: ["Queued", "Running"] } }, include: transferInclude });
    if (active) return { transfer: toTransferDto(active), isNew: false };
    const imported = await tx.model.findUnique({ where: { azureAssetKey: assetId.toLowerCase() }, select: { id: true, name: true, version: true } });
    if (imported) {
      const done = await tx.azureTransfer.findFirst({ where: { kind: "import", modelId: imported.id, state: "Succeeded" }, orderBy: { createdAt: "desc" }, include: transferInclude });
      if (done) return { transfer: toTransferDto(done), isNew: false };
    }
    const created = await tx.azureTransfer.create({
      data: {
        kind: "import", workspaceId, azureName: input.name, azureVersion: input.version, assetId, requestedBy: principal.name,
        ...(imported ? { state: "Succeeded", modelId: imported.id, finishedAt: new Date() } : {}),
      },
      include: transferInclude,
    });
    await log(tx, created.id, imported ? `${input.name}:${input.version} is already in the registry as ${imported.name}:${imported.version}` : `Queued import of ${input.name}:${input.version} from ${workspace.workspaceName}`);
    if (!imported) await addJob(tx, TASKS.azureImport, { transferId: created.id }, { jobKey: `azure-transfer:${created.id}`, maxAttempts: env().AZURE_TRANSFER_MAX_ATTEMPTS });
    return { transfer: toTransferDto(created), isNew: !imported };
  });
  return withLog(requested);
}

/**
 * Queues a publish of a local model version to the workspace. A publish of the same file
 * to the same workspace model already under way answers with itself; whether the
 * workspace already holds the file is Azure's to say, so the job asks it (idempotent on
 * the digest there, even when someone deleted the version by hand).
 */
export async function requestPublish(workspaceId: string, body: unknown, principal: Principal): Promise<Answer> {
  const input = publishRequestSchema.parse(body);
  const workspace = await getWorkspaceRow(workspaceId);
  const model = await db.model.findUnique({ where: { name_version: { name: input.name, version: input.version } }, select: { id: true, digest: true, name: true, version: true } });
  if (!model) throw new AppError("model_not_found", `There is no model ${input.name}:${input.version}.`, { name: input.name, version: input.version });
  const azureName = input.azureName ?? model.name;
  await failLostTransfers();
  const requested = await db.$transaction(async (tx): Promise<Requested> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`azure-publish:${workspaceId}:${azureName}`}, 0))`;
    const active = await tx.azureTransfer.findFirst({ where: { kind: "publish", workspaceId, azureName, digest: model.digest, state: { in: ["Queued", "Running"] } }, include: transferInclude });
    if (active) return { transfer: toTransferDto(active), isNew: false };
    const created = await tx.azureTransfer.create({ data: { kind: "publish", workspaceId, azureName, modelId: model.id, digest: model.digest, requestedBy: principal.name }, include: transferInclude });
    await log(tx, created.id, `Queued publish of ${model.name}:${model.version} to ${workspace.workspaceName} as a version of ${azureName}`);
    await addJob(tx, TASKS.azurePublish, { transferId: created.id }, { jobKey: `azure-transfer:${created.id}`, maxAttempts: env().AZURE_TRANSFER_MAX_ATTEMPTS });
    return { transfer: toTransferDto(created), isNew: true };
  });
  return withLog(requested);
}

function log(tx: Prisma.TransactionClient, id: string, message: string) {
  return tx.resourceLog.create({ data: { resourceKind: "azure_transfer", resourceId: id, message } });
}
