"use client";

import Link from "next/link";
import { useState } from "react";
import { modelVersionHref } from "@/components/conversions/conversion-links";
import { LocalTime } from "@/components/pipeline/local-time";
import { Button } from "@/components/ui/button";
import { Td } from "@/components/ui/table";
import type { AzureTransfer } from "@/lib/queries/azure";
import { workspaceHref } from "./azure-links";
import { PortalLink } from "./portal-link";
import { TransferLog } from "./transfer-log";
import { TransferStatus } from "./transfer-status";

export type TransferColumns = { showKind: boolean; showWorkspace: boolean; showModel: boolean };

/** One import or publish, and its log beneath it when opened. */
export function TransferRow({ transfer, columns, span }: { transfer: AzureTransfer; columns: TransferColumns; span: number }) {
  const [isLogOpen, setIsLogOpen] = useState(false);
  const { azureModel, model } = transfer;
  const logId = `transfer-log-${transfer.id}`;
  return (
    <>
      <tr data-testid={`azure-transfer-${transfer.id}`} data-kind={transfer.kind} data-state={transfer.state}>
        {columns.showKind && <Td>{transfer.kind === "import" ? "Import" : "Publish"}</Td>}
        {columns.showWorkspace && (
          <Td>
            <Link href={workspaceHref(transfer.workspace.id)} className="text-brand-700 hover:underline">
              {transfer.workspace.workspaceName}
            </Link>
          </Td>
        )}
        <Td className="text-xs">
          <span className="block font-mono whitespace-nowrap">
            {azureModel.name}
            {/* A publish learns its Azure version when it runs. */}
            {azureModel.version && `:${azureModel.version}`}
          </span>
          {azureModel.portalUrl && <PortalLink href={azureModel.portalUrl}>In Azure ML studio</PortalLink>}
        </Td>
        {columns.showModel && (
          <Td className="font-mono text-xs whitespace-nowrap">
            {model ? (
              <Link href={modelVersionHref(model)} className="text-brand-700 hover:underline">
                {model.name}:{model.version}
              </Link>
            ) : (
              "—"
            )}
          </Td>
        )}
        <Td>
          <TransferStatus transfer={transfer} />
        </Td>
        <Td className="text-xs whitespace-nowrap">
          <LocalTime iso={transfer.createdAt} /> by {transfer.requestedBy}
        </Td>
        <Td className="text-right">
          <Button className="h-7" aria-expanded={isLogOpen} aria-controls={isLogOpen ? logId : undefined} onClick={() => setIsLogOpen(!isLogOpen)}>
            {isLogOpen ? "Hide log" : "Log"}
          </Button>
        </Td>
      </tr>
      {isLogOpen && (
        <tr id={logId}>
          <Td colSpan={span} className="bg-neutral-50">
            <TransferLog id={transfer.id} />
          </Td>
        </tr>
      )}
    </>
  );
}
