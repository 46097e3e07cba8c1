import { InvalidArgumentError } from "commander";
import { dataOf, type AccelClient, type components } from "@/lib/client/api";
import { CliError } from "./errors";

// How `accel azure …` names things. A workspace is what a person remembers, its name, or
// the link's id, which a script has from `accel azure link --json`. Azure names ignore
// case (Resource Manager's rule), and one name may be linked twice, from two resource
// groups or subscriptions: then `<resource-group>/<workspace>` or the id says which.

type Workspace = components["schemas"]["AzureWorkspace"];

export async function resolveWorkspace(client: AccelClient, ref: string): Promise<Workspace> {
  const { items } = dataOf(await client.GET("/api/v1/azure/workspaces"));
  const byId = items.find((w) => w.id === ref);
  if (byId) return byId;
  const [group, name] = ref.includes("/") ? ref.split("/", 2) : [undefined, ref];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const matches = items.filter((w) => same(w.workspaceName, name) && (group === undefined || same(w.resourceGroup, group)));
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    const linked = items.length ? `linked: ${items.map((w) => `${w.resourceGroup}/${w.workspaceName}`).join(", ")}` : "none is linked yet: accel azure link --subscription … --resource-group … --workspace …";
    throw new CliError(`No linked Azure ML workspace "${ref}" (${linked}).`);
  }
  const which = matches.map((w) => `${w.resourceGroup}/${w.workspaceName} (id ${w.id}, subscription ${w.subscriptionId})`).join("; ");
  throw new CliError(`"${ref}" is linked ${matches.length} times: ${which}. Name it as <resource-group>/<workspace>, or by id.`, 2);
}

/** `<name>:<version>` (commander's argument parser): the version is what follows the last ':', since neither registry allows ':' in a name. */
export function parseNameVersion(ref: string): { name: string; version: string } {
  const at = ref.lastIndexOf(":");
  if (at < 1 || at === ref.length - 1) throw new InvalidArgumentError("Give it as <name>:<version>, e.g. squeezenet:1.");
  return { name: ref.slice(0, at), version: ref.slice(at + 1) };
}

/** A local model version, `<name>:<version>` with the registry's whole-number version. */
export function parseLocalVersion(ref: string): { name: string; version: number } {
  const { name, version } = parseNameVersion(ref);
  if (!/^[1-9]\d*$/.test(version)) throw new InvalidArgumentError(`A local model's version is a whole number, e.g. ${name}:1.`);
  return { name, version: Number(version) };
}
