import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { accel, startAccel, startStudio, type Studio } from "./cli-helpers";
import { modelForm, postModel, SQUEEZENET, uniqueName } from "./helpers";

// `accel azure …` against the real API, with no Azure behind it: what the commands parse,
// how they find a workspace by name, and what a person or a script sees when it fails.
// Links are written straight to the database (linking asks Azure); imports and publishes
// stay queued, since no worker runs here — where --wait is under test, the test moves the
// transfer's row as the worker would. The whole flow, through a worker and a stand-in of
// Azure, needs nothing more of the CLI's side than startStudio and startAccel.

let studio: Studio;
const run = (args: string[]) => accel(studio.url, args);
const link = (resourceGroup: string, workspaceName: string, subscriptionId = "00000000-0000-4000-8000-000000000001") =>
  db.azureWorkspace.create({ data: { subscriptionId, resourceGroup, workspaceName, location: "westus2", linkedBy: "test" } });

beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio.close();
  await disconnectDb();
});
beforeEach(async () => {
  await db.azureTransfer.deleteMany();
  await db.azureWorkspace.deleteMany();
});

describe("accel azure link, list and unlink", () => {
  it("passes on the API's validation error and exits 1, storing nothing", async () => {
    const linked = await run(["azure", "link", "--subscription", "not-a-guid", "--resource-group", "vision-rg", "--workspace", "vision-ws", "--json"]);
    expect([linked.code, linked.stdout]).toEqual([1, ""]);
    expect(linked.stderr).toMatch(/^accel: 400 validation_failed: .*subscriptionId is the subscription's GUID/);
    expect(await db.azureWorkspace.count()).toBe(0);
  });

  it("is misuse (exit 2, with the usage) without a required option", async () => {
    const linked = await run(["azure", "link", "--subscription", "00000000-0000-4000-8000-000000000001"]);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toMatch(/required option '--resource-group <name>' not specified[\s\S]*Usage: accel azure link/);
  });

  it("lists nothing as an empty table and says how to link; --json is an empty list", async () => {
    const human = await run(["azure", "list"]);
    expect([human.code, human.stdout.trim()]).toEqual([0, "NAME  RESOURCE GROUP  LOCATION  SUBSCRIPTION  ID"]);
    expect(human.stderr).toMatch(/No workspace is linked yet: accel azure link --subscription/);
    const json = await run(["azure", "list", "--json"]);
    expect([json.code, JSON.parse(json.stdout)]).toEqual([0, { items: [] }]);
  });

  it("finds a workspace by name (any case), by <resource-group>/<name> or by id, and refuses an ambiguous name", async () => {
    const [a, b] = [await link("rg-a", "shared-ws"), await link("rg-b", "shared-ws", "00000000-0000-4000-8000-000000000002")];
    const only = await link("rg-a", "Vision-WS");
    const listed = await run(["azure", "list"]);
    expect(listed.stdout.split("\n")).toEqual([expect.stringMatching(/^NAME\s+RESOURCE GROUP/), expect.stringMatching(/^shared-ws\s+rg-a\s+westus2/), expect.stringMatching(/^shared-ws\s+rg-b/), expect.stringMatching(/^Vision-WS\s+rg-a/), ""]);

    const ambiguous = await run(["azure", "unlink", "shared-ws"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(`"shared-ws" is linked 2 times: rg-a/shared-ws (id ${a.id}`);
    expect(ambiguous.stderr).toContain(`rg-b/shared-ws (id ${b.id}`);
    expect(await db.azureWorkspace.count()).toBe(3);

    expect(await run(["azure", "unlink", "RG-B/shared-ws"])).toMatchObject({ code: 0, stdout: "Unlinked rg-b/shared-ws\n" });
    expect(await run(["azure", "unlink", "vision-ws"])).toMatchObject({ code: 0, stdout: "Unlinked rg-a/Vision-WS\n" });
    const byId = await run(["azure", "unlink", a.id, "--json"]);
    expect([byId.code, JSON.parse(byId.stdout).id]).toEqual([0, a.id]);
    expect(await db.azureWorkspace.findMany({ where: { id: { in: [a.id, b.id, only.id] } } })).toEqual([]);
  });
});

describe("accel azure import and publish", () => {
  it("names the unknown workspace and what is linked (exit 1)", async () => {
    const none = await run(["azure", "import", "nowhere", "squeezenet:1"]);
    expect([none.code, none.stderr]).toEqual([1, 'accel: No linked Azure ML workspace "nowhere" (none is linked yet: accel azure link --subscription … --resource-group … --workspace …).\n']);
    await link("vision-rg", "vision-ws");
    const other = await run(["azure", "publish", "nowhere", "squeezenet:1", "--json"]);
    expect([other.code, other.stdout, other.stderr]).toEqual([1, "", 'accel: No linked Azure ML workspace "nowhere" (linked: vision-rg/vision-ws).\n']);
  });

  it("refuses a model without its version, and a local version that is not a whole number (exit 2, with the usage)", async () => {
    const bare = await run(["azure", "import", "vision-ws", "squeezenet"]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/invalid for argument 'model'\. Give it as <name>:<version>, e\.g\. squeezenet:1\.[\s\S]*Usage: accel azure import/);
    const local = await run(["azure", "publish", "vision-ws", "squeezenet:latest"]);
    expect([local.code, local.stderr]).toEqual([2, expect.stringContaining("A local model's version is a whole number, e.g. squeezenet:1.")]);
  });

  it("queues an import, says how to follow it, lists it, and keeps the workspace linked while it is under way", async () => {
    await link("vision-rg", "vision-ws");
    const queued = await run(["azure", "import", "vision-ws", "squeezenet:3"]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toBe("import squeezenet:3 (vision-ws): Queued\n");
    const id = /accel azure transfer ([0-9a-f-]{36}) --wait/.exec(queued.stderr)![1];

    const again = await run(["azure", "import", "vision-ws", "squeezenet:3", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ id, kind: "import", state: "Queued", azureModel: { name: "squeezenet", version: "3" } });
    const listed = await run(["azure", "transfers", "--workspace", "vision-ws"]);
    expect(listed.stdout).toMatch(new RegExp(`^ID\\s+KIND\\s+STATE[^\\n]*\\n${id}\\s+import\\s+Queued\\s+0%\\s+squeezenet:3\\s+-\\s+vision-ws`));
    expect(JSON.parse((await run(["azure", "transfers", "--kind", "publish", "--json"])).stdout)).toEqual({ items: [] });
    const shown = await run(["azure", "transfer", id]);
    expect(shown.stdout).toMatch(/Queued import of squeezenet:3 from vision-ws/);

    const unlink = await run(["azure", "unlink", "vision-ws"]);
    expect([unlink.code, unlink.stderr]).toEqual([1, expect.stringMatching(/^accel: 409 in_use: Workspace vision-ws has 1 import or publish under way/)]);
  });

  it("publishing a model the registry does not hold is the API's 404 (exit 1)", async () => {
    await link("vision-rg", "vision-ws");
    const missing = await run(["azure", "publish", "vision-ws", "no-such-model:1"]);
    expect([missing.code, missing.stderr]).toEqual([1, "accel: 404 model_not_found: There is no model no-such-model:1.\n"]);
  });

  it("--wait shows progress lines and ends with the transfer: a failed import exits 1 with its error, a publish ends on its portal page", async () => {
    const workspace = await link("vision-rg", "vision-ws");
    const importing = startAccel(studio.url, ["azure", "import", "vision-ws", "squeezenet:1", "--wait"]);
    await expect.poll(() => importing.run.stderr, { timeout: 30_000 }).toContain("import squeezenet:1: Queued 0%");
    await db.azureTransfer.updateMany({ where: { workspaceId: workspace.id }, data: { state: "Running", bytesDone: 1024 * 1024, bytesTotal: 4 * 1024 * 1024 } });
    await expect.poll(() => importing.run.stderr, { timeout: 30_000 }).toContain("import squeezenet:1: Running 25% 1.0 MB / 4.0 MB");
    await db.azureTransfer.updateMany({ where: { workspaceId: workspace.id }, data: { state: "Failed", error: "modelUri is not an ONNX file", finishedAt: new Date() } });
    const failed = await importing.done;
    expect([failed.code, failed.stdout]).toEqual([1, ""]);
    expect(failed.stderr).toMatch(/accel: import squeezenet:1 ended Failed: modelUri is not an ONNX file\n$/);

    const name = uniqueName("cli-publish");
    expect((await postModel(await modelForm({ name }, { path: SQUEEZENET }))).status).toBe(201);
    const publishing = startAccel(studio.url, ["azure", "publish", "vision-ws", `${name}:1`, "--azure-name", "squeezenet", "--wait"]);
    await expect.poll(() => publishing.run.stderr, { timeout: 30_000 }).toContain(`publish ${name}:1: Queued 0%`);
    await db.azureTransfer.updateMany({ where: { workspaceId: workspace.id, kind: "publish" }, data: { state: "Succeeded", azureVersion: "4", finishedAt: new Date() } });
    const published = await publishing.done;
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toMatch(new RegExp(`^Published ${name}:1 to vision-ws as squeezenet:4\\n  https://ml\\.azure\\.com/model/squeezenet:4/details\\?wsid=`));
  });
});
