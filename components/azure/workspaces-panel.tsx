"use client";

import { useQuery } from "@tanstack/react-query";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { workspaceListOptions } from "@/lib/queries/azure";
import { LinkWorkspaceForm } from "./link-workspace-form";
import { WorkspacesTable } from "./workspaces-table";

/** Settings → Azure ML: link a workspace, see the linked ones, unlink. */
export function WorkspacesPanel() {
  const workspaces = useQuery(workspaceListOptions());
  const items = workspaces.data?.items ?? [];
  return (
    <div className="space-y-4">
      <LinkWorkspaceForm />
      {workspaces.error && <ProblemAlert error={workspaces.error} title="The linked workspaces could not be listed" />}
      {items.length > 0 && <WorkspacesTable workspaces={items} canUnlink />}
      {workspaces.data && items.length === 0 && <p className="text-sm text-neutral-600">No workspace is linked yet.</p>}
    </div>
  );
}
