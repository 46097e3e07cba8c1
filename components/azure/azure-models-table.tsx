"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Table, TableHead, Td } from "@/components/ui/table";
import { TagList } from "@/components/ui/tag-list";
import { azureModelsOptions } from "@/lib/queries/azure";
import { LoadMoreButton } from "./load-more-button";

type AzureModelsTableProps = { workspaceId: string; selected: string | null; onSelect: (name: string) => void };

/** The workspace's models as Azure lists them, a page at a time; choosing one shows its versions. */
export function AzureModelsTable({ workspaceId, selected, onSelect }: AzureModelsTableProps) {
  const models = useInfiniteQuery(azureModelsOptions(workspaceId));
  const items = models.data?.pages.flatMap((page) => page.items) ?? [];
  // A failed next page keeps the pages already read, with the error below them.
  if (models.error && !models.data) return <ProblemAlert error={models.error} title="The workspace's models could not be listed" />;
  if (models.isPending) return <p className="text-sm text-neutral-600">Asking Azure for the workspace&apos;s models…</p>;
  if (items.length === 0) return <p className="text-sm text-neutral-600">The workspace has no models yet.</p>;
  return (
    <div className="space-y-3">
      <Table label="Azure ML models">
        <TableHead columns={["Name", "Latest version", "Description", "Tags"]} />
        <tbody>
          {items.map((model) => {
            const isSelected = model.name === selected;
            return (
              <tr key={model.name} className={isSelected ? "bg-brand-50" : "hover:bg-neutral-50"} data-testid={`azure-model-${model.name}`}>
                <Td>
                  <button type="button" aria-pressed={isSelected} onClick={() => onSelect(model.name)} className={`text-left text-brand-700 hover:underline ${isSelected ? "font-semibold" : "font-medium"}`}>
                    {model.name}
                  </button>
                </Td>
                <Td className="tabular-nums">{model.latestVersion ?? "—"}</Td>
                <Td className="max-w-md text-neutral-700">{model.description || <span className="text-neutral-400">—</span>}</Td>
                <Td>
                  <TagList tags={model.tags} max={3} />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {models.error && <ProblemAlert error={models.error} title={models.isFetchNextPageError ? "The next page of models could not be read" : "The workspace's models could not be listed"} />}
      <LoadMoreButton query={models} label="More models" />
    </div>
  );
}
