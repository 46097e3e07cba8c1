import type { Command } from "commander";
import { dataOf } from "@/lib/client/api";
import { resolveWorkspace } from "../azure-refs";
import { contextOf } from "../context";
import { note, print, table } from "../output";
import { registerAzureTransfers } from "./azure-transfers";

// `accel azure …`: linked Azure ML workspaces, browsed a page at a time, and (in
// azure-transfers.ts) models imported from them and published to them.

// Linking and browsing wait on Azure through the studio: the credential chain, then
// Resource Manager with a retry (lib/azure/workspace-client.ts) can take longer than the
// CLI's usual deadline for a studio request.
const AZURE_REQUEST_TIMEOUT_MS = 60_000;

type Page<T> = { items: T[]; nextPageToken: string | null };

/** The first page, or with --all every page (following nextPageToken), as one page. */
async function readPages<T>(readPage: (pageToken?: string) => Promise<Page<T>>, isAll: boolean): Promise<Page<T>> {
  const items: T[] = [];
  let pageToken: string | undefined;
  do {
    const page = await readPage(pageToken);
    items.push(...page.items);
    pageToken = page.nextPageToken ?? undefined;
  } while (isAll && pageToken);
  return { items, nextPageToken: pageToken ?? null };
}

const tagsOf = (tags: Record<string, string>) => Object.entries(tags).map(([k, v]) => (v ? `${k}=${v}` : k)).join(",");
const clip = (text: string | null, max = 48) => (!text ? "" : text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function registerAzure(program: Command): void {
  const azure = program.command("azure").description("Azure ML workspaces: link, browse, import models from them and publish models to them");
  azure
    .command("link")
    .description("Link a workspace, once this machine's Azure identity can read it and list its models")
    .requiredOption("--subscription <guid>", "the subscription's id")
    .requiredOption("--resource-group <name>", "the workspace's resource group")
    .requiredOption("--workspace <name>", "the workspace's name")
    .option("--tenant <id>", "the Microsoft Entra tenant, when the identity must ask a particular one")
    .option("--authority-host <url>", "where tokens come from, when not Azure's public cloud (https)")
    .action(async (options: { subscription: string; resourceGroup: string; workspace: string; tenant?: string; authorityHost?: string }, command: Command) => {
      const { client, output } = await contextOf(command, { timeoutMs: AZURE_REQUEST_TIMEOUT_MS });
      const body = { subscriptionId: options.subscription, resourceGroup: options.resourceGroup, workspaceName: options.workspace, ...(options.tenant ? { tenantId: options.tenant } : {}), ...(options.authorityHost ? { authorityHost: options.authorityHost } : {}) };
      const workspace = dataOf(await client.POST("/api/v1/azure/workspaces", { body }));
      print(output, workspace, () => `Linked ${workspace.resourceGroup}/${workspace.workspaceName} (${workspace.location ?? "location unknown"}), id ${workspace.id}\n  ${workspace.portalUrl}`);
    });
  azure
    .command("list")
    .description("List linked workspaces")
    .action(async (_options, command: Command) => {
      const { client, output } = await contextOf(command);
      const list = dataOf(await client.GET("/api/v1/azure/workspaces"));
      print(output, list, () => table([["NAME", "RESOURCE GROUP", "LOCATION", "SUBSCRIPTION", "ID"], ...list.items.map((w) => [w.workspaceName, w.resourceGroup, w.location ?? "-", w.subscriptionId, w.id])]));
      if (!output.json && !list.items.length) note("No workspace is linked yet: accel azure link --subscription <guid> --resource-group <rg> --workspace <name>");
    });
  azure
    .command("unlink <workspace>")
    .description("Forget a link (nothing changes in Azure; models imported through it stay)")
    .action(async (ref: string, _options, command: Command) => {
      const { client, output } = await contextOf(command);
      const { id } = await resolveWorkspace(client, ref);
      const workspace = dataOf(await client.DELETE("/api/v1/azure/workspaces/{id}", { params: { path: { id } } }));
      print(output, workspace, () => `Unlinked ${workspace.resourceGroup}/${workspace.workspaceName}`);
    });
  azure
    .command("models <workspace>")
    .description("A workspace's models (the first page unless --all)")
    .option("--all", "every page")
    .action(async (ref: string, options: { all?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command, { timeoutMs: AZURE_REQUEST_TIMEOUT_MS });
      const { id, workspaceName } = await resolveWorkspace(client, ref);
      const page = await readPages(async (pageToken) => dataOf(await client.GET("/api/v1/azure/workspaces/{id}/models", { params: { path: { id }, query: pageToken ? { pageToken } : {} } })), Boolean(options.all));
      print(output, page, () => table([["NAME", "LATEST", "TAGS", "DESCRIPTION"], ...page.items.map((m) => [m.name, m.latestVersion ?? "-", tagsOf(m.tags), clip(m.description)])]));
      if (!output.json && page.nextPageToken) note(`${workspaceName} has more models: add --all`);
    });
  azure
    .command("versions <workspace> <model>")
    .description("One workspace model's versions (the first page unless --all)")
    .option("--all", "every page")
    .action(async (ref: string, name: string, options: { all?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command, { timeoutMs: AZURE_REQUEST_TIMEOUT_MS });
      const { id } = await resolveWorkspace(client, ref);
      const page = await readPages(async (pageToken) => dataOf(await client.GET("/api/v1/azure/workspaces/{id}/models/{name}/versions", { params: { path: { id, name }, query: pageToken ? { pageToken } : {} } })), Boolean(options.all));
      print(output, page, () => table([["VERSION", "TYPE", "CREATED", "TAGS", "DESCRIPTION"], ...page.items.map((v) => [v.version, v.type ?? "-", v.createdAt ?? "-", tagsOf(v.tags), clip(v.description)])]));
      if (!output.json && page.nextPageToken) note(`${name} has more versions: add --all`);
    });
  registerAzureTransfers(azure);
}
