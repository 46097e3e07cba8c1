"use client";

import { useQuery } from "@tanstack/react-query";
import type { ModelRef } from "@/components/pipeline/model-version-select";
import { Section } from "@/components/ui/section";
import { transferListOptions, workspaceListOptions } from "@/lib/queries/azure";
import { PublishForm } from "./publish-form";
import { TransfersTable } from "./transfers-table";

/** A model version's publications to Azure ML, and a form to publish it; nothing while no workspace is linked and it was never published. */
export function ModelAzurePanel({ model }: { model: ModelRef & { id: string } }) {
  const filters = { modelId: model.id, kind: "publish" } as const;
  const workspaces = useQuery(workspaceListOptions());
  const publications = useQuery(transferListOptions(filters));
  const hasWorkspaces = (workspaces.data?.items.length ?? 0) > 0;
  const hasPublications = (publications.data?.items.length ?? 0) > 0;
  if (!hasWorkspaces && !hasPublications && !workspaces.error && !publications.error) return null;
  return (
    <Section title="Published to Azure ML" id="azure-publications">
      <div className="space-y-4">
        <TransfersTable filters={filters} label="Publications" emptyText="This version has not been published to a workspace." />
        {hasWorkspaces && (
          <div className="space-y-2 border-t border-neutral-200 pt-3">
            <h3 className="text-sm font-semibold text-neutral-900">Publish to Azure ML</h3>
            <PublishForm model={{ name: model.name, version: model.version }} />
          </div>
        )}
      </div>
    </Section>
  );
}
