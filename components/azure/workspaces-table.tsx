import Link from "next/link";
import { LocalTime } from "@/components/pipeline/local-time";
import { Table, TableHead, Td } from "@/components/ui/table";
import type { AzureWorkspace } from "@/lib/queries/azure";
import { workspaceHref } from "./azure-links";
import { PortalLink } from "./portal-link";
import { UnlinkWorkspaceButton } from "./unlink-workspace-button";

/** Linked workspaces: each to its studio page and to Azure ML studio; Settings adds Unlink. */
export function WorkspacesTable({ workspaces, canUnlink = false }: { workspaces: AzureWorkspace[]; canUnlink?: boolean }) {
  return (
    <Table label="Azure ML workspaces">
      <TableHead columns={["Workspace", "Subscription / resource group", "Location", "Linked", "Azure ML studio", ...(canUnlink ? [""] : [])]} />
      <tbody>
        {workspaces.map((workspace) => (
          <tr key={workspace.id} data-testid={`azure-workspace-${workspace.workspaceName}`}>
            <Td>
              <Link href={workspaceHref(workspace.id)} className="font-medium text-brand-700 hover:underline">
                {workspace.workspaceName}
              </Link>
            </Td>
            <Td className="font-mono text-xs">
              <span className="block">{workspace.subscriptionId}</span>
              <span className="block text-neutral-600">{workspace.resourceGroup}</span>
            </Td>
            <Td>{workspace.location ?? "—"}</Td>
            <Td className="text-xs whitespace-nowrap">
              <LocalTime iso={workspace.createdAt} /> by {workspace.linkedBy}
            </Td>
            <Td className="text-xs whitespace-nowrap">
              <PortalLink href={workspace.portalUrl} />
            </Td>
            {canUnlink && (
              <Td className="text-right">
                <UnlinkWorkspaceButton workspace={workspace} className="h-7" />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
