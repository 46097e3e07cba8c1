import { Option, type Command } from "commander";
import { dataOf, type components } from "@/lib/client/api";
import { parseLocalVersion, parseNameVersion, resolveWorkspace } from "../azure-refs";
import { contextOf, type Context } from "../context";
import { followTransfer, transferLabel } from "../follow";
import { note, print, table } from "../output";

// `accel azure import|publish|transfers|transfer`: a transfer is a job in the studio, so
// the command returns once it is queued (or, when the same one is already done or under
// way, with that one); --wait follows it to its end and fails with its reason.

type Transfer = components["schemas"]["AzureTransferList"]["items"][number];

const isSettled = (t: Transfer) => t.state === "Succeeded" || t.state === "Failed";

/** What a transfer did, or where it stands; a publish ends on the version's page in Azure ML studio. */
function describeTransfer(t: Transfer): string {
  const local = t.model ? `${t.model.name}:${t.model.version}` : "?";
  const remote = `${t.azureModel.name}:${t.azureModel.version ?? "?"}`;
  if (t.state === "Succeeded" && t.kind === "import") return `Imported ${remote} from ${t.workspace.workspaceName} as ${local}`;
  if (t.state === "Succeeded") return `Published ${local} to ${t.workspace.workspaceName} as ${remote}\n  ${t.azureModel.portalUrl ?? t.workspace.portalUrl}`;
  return `${transferLabel(t)} (${t.workspace.workspaceName}): ${t.state}${t.error ? `: ${t.error}` : ""}`;
}

/** The requested transfer, followed to its end with --wait; without, how to follow it later. */
async function finish(context: Context, requested: Transfer, isWait: boolean): Promise<void> {
  const transfer = isWait ? await followTransfer(context.client, requested) : requested;
  print(context.output, transfer, () => describeTransfer(transfer));
  if (!isSettled(transfer)) note(`Follow it: accel azure transfer ${transfer.id} --wait`);
}

export function registerAzureTransfers(azure: Command): void {
  azure
    .command("import")
    .description("Import a workspace model version (an ONNX file) into the registry")
    .argument("<workspace>", "the workspace's name or link id")
    .argument("<model>", "the workspace model's <name>:<version>", parseNameVersion)
    .option("--wait", "follow the download to its end")
    .action(async (ref: string, model: { name: string; version: string }, options: { wait?: boolean }, command: Command) => {
      const context = await contextOf(command);
      const { id } = await resolveWorkspace(context.client, ref);
      const requested = dataOf(await context.client.POST("/api/v1/azure/workspaces/{id}/imports", { params: { path: { id } }, body: model }));
      await finish(context, requested, Boolean(options.wait));
    });
  azure
    .command("publish")
    .description("Publish a local model version to a workspace, as a version of a workspace model")
    .argument("<workspace>", "the workspace's name or link id")
    .argument("<model>", "the local model's <name>:<version>", parseLocalVersion)
    .option("--azure-name <name>", "the workspace model to add a version to (the local name by default)")
    .option("--wait", "follow the upload to its end")
    .action(async (ref: string, model: { name: string; version: number }, options: { azureName?: string; wait?: boolean }, command: Command) => {
      const context = await contextOf(command);
      const { id } = await resolveWorkspace(context.client, ref);
      const body = { ...model, ...(options.azureName ? { azureName: options.azureName } : {}) };
      const requested = dataOf(await context.client.POST("/api/v1/azure/workspaces/{id}/publications", { params: { path: { id } }, body }));
      await finish(context, requested, Boolean(options.wait));
    });
  azure
    .command("transfers")
    .description("Imports and publications, newest first")
    .option("--workspace <workspace>", "only this workspace's (its name or link id)")
    .addOption(new Option("--kind <kind>", "only imports or only publications").choices(["import", "publish"]))
    .action(async (options: { workspace?: string; kind?: "import" | "publish" }, command: Command) => {
      const { client, output } = await contextOf(command);
      const workspaceId = options.workspace ? (await resolveWorkspace(client, options.workspace)).id : undefined;
      const list = dataOf(await client.GET("/api/v1/azure/transfers", { params: { query: { ...(workspaceId ? { workspaceId } : {}), ...(options.kind ? { kind: options.kind } : {}) } } }));
      const rows = list.items.map((t) => [t.id, t.kind, t.state, `${Math.round(t.progress * 100)}%`, `${t.azureModel.name}:${t.azureModel.version ?? "?"}`, t.model ? `${t.model.name}:${t.model.version}` : "-", t.workspace.workspaceName, t.createdAt]);
      print(output, list, () => table([["ID", "KIND", "STATE", "PROGRESS", "AZURE MODEL", "LOCAL MODEL", "WORKSPACE", "CREATED"], ...rows]));
    });
  azure
    .command("transfer <id>")
    .description("One import or publish, with its log")
    .option("--wait", "follow it to its end")
    .action(async (id: string, options: { wait?: boolean }, command: Command) => {
      const { client, output } = await contextOf(command);
      const read = dataOf(await client.GET("/api/v1/azure/transfers/{id}", { params: { path: { id } } }));
      const transfer = options.wait ? await followTransfer(client, read) : read;
      print(output, transfer, () => [describeTransfer(transfer), ...transfer.log.map((line) => `  ${line.at} ${line.level.padEnd(5)} ${line.message}`)].join("\n"));
    });
}
