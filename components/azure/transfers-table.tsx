"use client";

import { useQuery } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Table, TableHead } from "@/components/ui/table";
import { transferListOptions, type TransferFilters } from "@/lib/queries/azure";
import { TransferRow } from "./transfer-row";
import { useSettledImports } from "./use-settled-imports";

type TransfersTableProps = {
  filters: TransferFilters;
  /** The table's accessible name. */
  label: string;
  emptyText: string;
};

/** Imports and publications, newest first, live while any is queued or running. */
export function TransfersTable({ filters, label, emptyText }: TransfersTableProps) {
  const transfers = useQuery(transferListOptions(filters));
  useSettledImports(transfers.data?.items);
  // A list of one workspace need not name it on every row, nor one of a model the model, nor one of a kind the kind.
  const columns = { showKind: !filters.kind, showWorkspace: !filters.workspaceId, showModel: !filters.modelId };
  const headings = [...(columns.showKind ? ["Kind"] : []), ...(columns.showWorkspace ? ["Workspace"] : []), "Azure model", ...(columns.showModel ? ["Local model"] : []), "State", "Requested", ""];
  const error = transfers.error && <ProblemAlert error={transfers.error} title="The transfers could not be listed" />;
  if (!transfers.data) return error || <p className="text-sm text-neutral-600">Loading transfers…</p>;
  return (
    <div className="space-y-3">
      {/* A failed poll keeps the rows last read, with the error above them. */}
      {error}
      {transfers.data.items.length === 0 ? (
        <p className="text-sm text-neutral-600">{emptyText}</p>
      ) : (
        <Table label={label}>
          <TableHead columns={headings} />
          <tbody>
            {transfers.data.items.map((transfer) => (
              <TransferRow key={transfer.id} transfer={transfer} columns={columns} span={headings.length} />
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
