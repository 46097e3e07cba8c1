"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Fact, Facts } from "@/components/pipeline/facts";
import { Section } from "@/components/ui/section";
import type { AzureSource } from "@/lib/models/to-model-dto";
import { workspaceListOptions } from "@/lib/queries/azure";
import { workspaceHref } from "./azure-links";
import { PortalLink } from "./portal-link";

/** Where an imported model came from; the workspace links to its studio page while it is still linked. */
export function AzureSourcePanel({ source }: { source: AzureSource }) {
  const workspaces = useQuery(workspaceListOptions());
  const isLinked = workspaces.data?.items.some((w) => w.id === source.workspaceId) ?? false;
  return (
    <Section title="Imported from Azure ML" id="azure-source" actions={<PortalLink href={source.portalUrl} />}>
      <Facts label="Azure provenance">
        <Fact label="Workspace">
          {isLinked ? (
            <Link href={workspaceHref(source.workspaceId)} className="text-brand-700 hover:underline">
              {source.workspaceName}
            </Link>
          ) : (
            <span>
              {source.workspaceName}
              {workspaces.data && <span className="text-neutral-500"> (no longer linked)</span>}
            </span>
          )}
        </Fact>
        <Fact label="Azure model">
          <span className="font-mono">
            {source.name}:{source.version}
          </span>
        </Fact>
        <Fact label="Type">
          <span className="font-mono text-xs">{source.modelType ?? "—"}</span>
        </Fact>
        <Fact label="Resource group">
          <span className="font-mono text-xs" title={`Subscription ${source.subscriptionId}`}>
            {source.resourceGroup}
          </span>
        </Fact>
        <Fact label="Model URI" isWide>
          <span className="font-mono text-xs" title={source.modelUri}>
            {source.modelUri}
          </span>
        </Fact>
      </Facts>
    </Section>
  );
}
