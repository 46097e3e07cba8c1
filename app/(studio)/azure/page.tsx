import type { Metadata } from "next";
import Link from "next/link";
import { AZURE_SETTINGS_HREF } from "@/components/azure/azure-links";
import { WorkspacesTable } from "@/components/azure/workspaces-table";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listWorkspaces } from "@/lib/azure";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Azure ML" };

// Linking and unlinking live in Settings → Azure ML; this page leads to each workspace's own.
export default async function AzurePage() {
  const { items } = await listWorkspaces();
  const linkButton = (
    <Link href={AZURE_SETTINGS_HREF} className={buttonClasses(items.length ? "secondary" : "primary")}>
      Link a workspace
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Azure ML"
        description="Azure Machine Learning workspaces linked to this studio: import their model versions into the registry, and publish registered models to them."
        actions={items.length > 0 && linkButton}
      />
      {items.length > 0 ? (
        <WorkspacesTable workspaces={items} />
      ) : (
        <EmptyState title="No workspace is linked" actions={linkButton}>
          <p>Link one in Settings → Azure ML with its subscription, resource group and name. The studio uses this machine&apos;s Azure identity and stores no secret.</p>
        </EmptyState>
      )}
    </>
  );
}
