import type { Metadata } from "next";
import { cache } from "react";
import { WorkspaceDetail } from "@/components/azure/workspace-detail";
import { loadOr404 } from "@/components/pipeline/load-or-404";
import { getWorkspaceRow, toWorkspaceDto } from "@/lib/azure";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

// One read per request, shared by the title and the page.
const loadWorkspace = cache(async (id: string) => toWorkspaceDto(await loadOr404(() => getWorkspaceRow(id))));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const workspace = await loadWorkspace((await params).id);
  return { title: `Azure ML ${workspace.workspaceName}` };
}

export default async function AzureWorkspacePage({ params }: { params: Params }) {
  const { id } = await params;
  return <WorkspaceDetail id={id} initial={await loadWorkspace(id)} />;
}
