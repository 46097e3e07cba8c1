"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { LocalTime } from "@/components/pipeline/local-time";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Table, TableHead, Td } from "@/components/ui/table";
import { TagList } from "@/components/ui/tag-list";
import { azureVersionsOptions } from "@/lib/queries/azure";
import { ImportVersionButton } from "./import-version-button";
import { LoadMoreButton } from "./load-more-button";

/** One workspace model's versions, a page at a time, each with its Import button. */
export function AzureVersionsTable({ workspaceId, name }: { workspaceId: string; name: string }) {
  const versions = useInfiniteQuery(azureVersionsOptions(workspaceId, name));
  const items = versions.data?.pages.flatMap((page) => page.items) ?? [];
  if (versions.error && !versions.data) return <ProblemAlert error={versions.error} title={`The versions of ${name} could not be listed`} />;
  if (versions.isPending) return <p className="text-sm text-neutral-600">Asking Azure for the versions of {name}…</p>;
  if (items.length === 0) return <p className="text-sm text-neutral-600">{name} has no versions.</p>;
  return (
    <div className="space-y-3">
      <Table label={`Versions of ${name}`}>
        <TableHead columns={["Version", "Type", "Tags", "Created", "Model URI", ""]} />
        <tbody>
          {items.map((version) => (
            <tr key={version.version} data-testid={`azure-version-${version.name}-${version.version}`}>
              <Td className="font-mono whitespace-nowrap">
                {version.name}:{version.version}
              </Td>
              <Td className="font-mono text-xs">{version.type ?? "—"}</Td>
              <Td>
                <TagList tags={version.tags} max={4} />
              </Td>
              <Td className="text-xs whitespace-nowrap">{version.createdAt ? <LocalTime iso={version.createdAt} /> : "—"}</Td>
              <Td className="max-w-xs font-mono text-xs break-all text-neutral-700">{version.modelUri ?? "—"}</Td>
              <Td className="text-right">
                <ImportVersionButton workspaceId={workspaceId} version={version} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {versions.error && <ProblemAlert error={versions.error} title={versions.isFetchNextPageError ? "The next page of versions could not be read" : `The versions of ${name} could not be listed`} />}
      <LoadMoreButton query={versions} label="More versions" />
    </div>
  );
}
