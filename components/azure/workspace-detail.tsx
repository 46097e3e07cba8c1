"use client";

import { useQuery } from "@tanstack/react-query";
import { Fact, Facts } from "@/components/pipeline/facts";
import { isNotFound, LoadState } from "@/components/pipeline/load-state";
import { LocalTime } from "@/components/pipeline/local-time";
import { ResourceHeader } from "@/components/pipeline/resource-header";
import { buttonClasses } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { workspaceOptions, type AzureWorkspace } from "@/lib/queries/azure";
import { AZURE_SECTION } from "./azure-links";
import { AzureModelBrowser } from "./azure-model-browser";
import { PortalLink } from "./portal-link";
import { PublishForm } from "./publish-form";
import { TransfersTable } from "./transfers-table";
import { UnlinkWorkspaceButton } from "./unlink-workspace-button";

/** A linked workspace: where it is, its models to import, a model to publish, and the transfers through it. */
export function WorkspaceDetail({ id, initial }: { id: string; initial?: AzureWorkspace }) {
  const { data: workspace, error } = useQuery({ ...workspaceOptions(id), initialData: initial });
  if (!workspace || isNotFound(error)) return <LoadState error={error} what="workspace" back={{ href: AZURE_SECTION.href, label: "Back to Azure ML" }} />;
  return (
    <div className="space-y-4">
      <ResourceHeader
        section={AZURE_SECTION}
        title={workspace.workspaceName}
        actions={
          <>
            <PortalLink href={workspace.portalUrl} className={buttonClasses("secondary")} />
            <UnlinkWorkspaceButton workspace={workspace} redirectTo={AZURE_SECTION.href} />
          </>
        }
      />
      <Facts label="Workspace facts">
        <Fact label="Subscription" isWide>
          <span className="font-mono text-xs">{workspace.subscriptionId}</span>
        </Fact>
        <Fact label="Resource group">
          <span className="font-mono">{workspace.resourceGroup}</span>
        </Fact>
        <Fact label="Location">{workspace.location ?? "—"}</Fact>
        <Fact label="Linked" isWide>
          <LocalTime iso={workspace.createdAt} /> by {workspace.linkedBy}
        </Fact>
        <Fact label="Tenant">
          <span className="font-mono text-xs">{workspace.tenantId ?? "the identity's own"}</span>
        </Fact>
        {workspace.authorityHost && (
          <Fact label="Authority host" isWide>
            <span className="font-mono text-xs">{workspace.authorityHost}</span>
          </Fact>
        )}
      </Facts>
      <Section title="Models" id="azure-models">
        <AzureModelBrowser workspaceId={workspace.id} />
      </Section>
      <Section title="Publish a model" id="azure-publish">
        <PublishForm workspaceId={workspace.id} />
      </Section>
      <Section title="Imports and publications" id="azure-transfers">
        <TransfersTable filters={{ workspaceId: workspace.id }} label="Transfers" emptyText="Nothing has been imported from or published to this workspace yet." />
      </Section>
    </div>
  );
}
