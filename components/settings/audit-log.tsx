"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { Table, TableHead, Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/client/format";
import { auditOptions } from "@/lib/queries/access";

/** Settings → Audit log: every create, change and delete, newest first, fifty at a time. */
export function AuditLog() {
  const audit = useInfiniteQuery(auditOptions());
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="space-y-3">
      {audit.error && <ProblemAlert error={audit.error} title="The audit log could not be read" />}
      <Table label="Audit log">
        <TableHead columns={["When", "Who", "What", "Status", "From", "Request"]} />
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <Td className="text-xs whitespace-nowrap">{formatDateTime(entry.at)}</Td>
              <Td>{entry.actor}</Td>
              <Td className="font-mono text-xs">
                {entry.method} {entry.path}
              </Td>
              <Td className={entry.status >= 400 ? "text-red-700" : ""}>{entry.status}</Td>
              <Td className="font-mono text-xs">{entry.ip ?? "—"}</Td>
              <Td className="font-mono text-xs text-neutral-500">{entry.requestId.slice(0, 8)}</Td>
            </tr>
          ))}
          {entries.length === 0 && !audit.isPending && (
            <tr>
              <Td colSpan={6} className="text-neutral-600">
                Nothing has been changed yet.
              </Td>
            </tr>
          )}
        </tbody>
      </Table>
      {audit.hasNextPage && (
        <Button onClick={() => audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
          {audit.isFetchingNextPage ? "Loading…" : "Older entries"}
        </Button>
      )}
    </div>
  );
}
