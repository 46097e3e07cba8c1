import type { z } from "zod";
import type { AzureTransfer, AzureWorkspace, Model } from "@/lib/db";
import type { azureTransferSchema } from "@/lib/openapi/resources/azure";
import { byteProgress } from "@/lib/jobs/byte-progress";
import { portalUrl } from "./workspaces";

/** An import or publish as the API shows it: the type of its OpenAPI schema. */
export type AzureTransferDto = z.infer<typeof azureTransferSchema>;
export type TransferRow = AzureTransfer & { workspace: AzureWorkspace; model: Pick<Model, "id" | "name" | "version"> | null };

/** What a transfer query includes for toTransferDto. */
export const transferInclude = { workspace: true, model: { select: { id: true, name: true, version: true } } } as const;

export function toTransferDto(row: TransferRow): AzureTransferDto {
  const done = Number(row.bytesDone);
  const total = Number(row.bytesTotal);
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    workspace: { id: row.workspace.id, workspaceName: row.workspace.workspaceName, portalUrl: portalUrl(row.workspace) },
    azureModel: {
      name: row.azureName,
      version: row.azureVersion,
      assetId: row.assetId,
      modelUri: row.modelUri,
      portalUrl: row.azureVersion ? portalUrl(row.workspace, `model/${encodeURIComponent(row.azureName)}:${encodeURIComponent(row.azureVersion)}/details`) : null,
    },
    model: row.model ? { id: row.model.id, name: row.model.name, version: row.model.version } : null,
    digest: row.digest,
    bytesDone: done,
    bytesTotal: total,
    progress: byteProgress(row.state, done, total),
    error: row.error,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    links: { self: `/api/v1/azure/transfers/${row.id}`, workspace: `/api/v1/azure/workspaces/${row.workspaceId}` },
  };
}
