import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as transfersRoute from "@/app/api/v1/azure/transfers/route";
import * as modelVersionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { tmpDir } from "@/lib/artifacts";
import { db, disconnectDb } from "@/lib/db";
import { call, listArtifactFiles } from "./helpers";
import { startWorkspace, transfers, type Workspace } from "./azure/workspace-fixture";

// Importing workspace model versions with the real SDK clients against the management
// stand-in and Azurite: through each kind of datastore credential, once per version, and
// every way it can fail leaving nothing behind.

let ws: Workspace;
beforeAll(async () => {
  ws = await startWorkspace();
}, 60_000);
afterAll(async () => {
  await ws?.stop();
  await disconnectDb();
});

const importAndSettle = async (name: string) => {
  const requested = await transfers.import(ws.workspaceId, name);
  expect(requested.status, JSON.stringify(requested.body)).toBe(202);
  return transfers.settle(requested.body.id);
};
const logOf = (body: { log: { message: string }[] }) => body.log.map((l) => l.message).join("\n");

describe("importing a workspace model version", () => {
  it.each([
    ["an account key", "squeezenet", /workspaceblobstore .*account key/],
    ["a SAS", "squeezenet-sas", /sasstore .*SAS/],
    ["this machine's identity (a folder modelUri in the long form)", "squeezenet-identity", /identitystore .*identity/],
  ])("downloads through %s, verifies and registers it with its provenance", async (_how, name, datastoreLine) => {
    const done = await importAndSettle(name);
    expect(done, logOf(done)).toMatchObject({ state: "Succeeded", kind: "import", progress: 1, bytesDone: ws.squeezenet.length, bytesTotal: ws.squeezenet.length, model: { name, version: 1 } });
    expect(logOf(done)).toMatch(datastoreLine);
    const model = (await call(modelVersionRoute.GET, { params: { name, version: "1" } })).body;
    expect(model.digest).toBe(ws.squeezenetDigest);
    expect(model.tags).toMatchObject({ team: "vision", "azureml.workspace": "vision-ws", "azureml.model": `${name}:1` });
    expect(model.azureSource).toMatchObject({ workspaceId: ws.workspaceId, workspaceName: "vision-ws", name, version: "1", modelType: "custom_model", assetId: expect.stringMatching(new RegExp(`/workspaces/vision-ws/models/${name}/versions/1$`)) });
    expect(model.azureSource.portalUrl).toMatch(new RegExp(`^https://ml\\.azure\\.com/model/${name}:1/details\\?wsid=`));
    expect(model.preprocessing, "the catalog knows this file's preprocessing").not.toBeNull();
  });

  it("imports a version once: asking again answers the finished import", async () => {
    const again = await transfers.import(ws.workspaceId, "squeezenet");
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ state: "Succeeded", model: { name: "squeezenet", version: 1 } });
    expect(await db.model.count({ where: { name: "squeezenet" } })).toBe(1);
    const listed = await call(transfersRoute.GET, { url: `/api/v1/azure/transfers?workspaceId=${ws.workspaceId}&kind=import` });
    expect(listed.body.items.filter((t: { azureModel: { name: string } }) => t.azureModel.name === "squeezenet")).toHaveLength(1);
  });

  it.each([
    ["an MLflow model without the onnx flavor", "sklearn-model", /sklearn-model:1 is an mlflow_model with flavors python_function, sklearn and no onnx flavor/],
    ["a custom model holding no ONNX file", "pickled", /pickled:1 \(custom_model\) holds no ONNX file \(model\.pkl\)/],
    ["a model whose blob is missing", "missing", /missing:1 \(custom_model\): its files are missing from the datastore/],
    ["a model whose bytes are not a graph", "garbage", /ONNX/i],
    ["a model whose bytes do not match the blob's MD5", "damaged", /do not match the blob's Content-MD5: the file in the datastore is corrupt/],
    ["a model that names a job's output", "from-a-job", /names a job's output .* register the model from its datastore path/],
  ])("refuses %s, clearly, leaving no row and no file", async (_what, name, reason) => {
    const before = await listArtifactFiles();
    const done = await importAndSettle(name);
    expect(done.state).toBe("Failed");
    expect(done.error).toMatch(reason);
    expect(done.model).toBeNull();
    expect(await db.model.count({ where: { name } })).toBe(0);
    expect(await listArtifactFiles()).toEqual(before);
    expect(await readdir(tmpDir()).catch(() => [])).toEqual([]);
  });

  it("refuses a version the workspace does not have", async () => {
    const requested = await transfers.import(ws.workspaceId, "squeezenet", "9");
    const done = await transfers.settle(requested.body.id);
    expect([done.state, done.error]).toEqual(["Failed", "Workspace vision-ws has no model version squeezenet:9."]);
  });

  it("resumes a download the network breaks off", async () => {
    await db.model.deleteMany({ where: { name: "squeezenet" } });
    ws.proxy.plan = { cuts: 2, cutResponsesAfter: 512 * 1024 };
    ws.proxy.cutCount = 0;
    const done = await importAndSettle("squeezenet");
    expect(done.state, done.error).toBe("Succeeded");
    expect(logOf(done)).toMatch(/The connection broke off at \d+ of 4955013 bytes .*; resuming from there/);
    expect(logOf(done), "resumed within the attempt").not.toMatch(/Attempt 1 of 2 failed/);
    expect(ws.proxy.cutCount).toBe(2);
    expect((await call(modelVersionRoute.GET, { params: { name: "squeezenet", version: "1" } })).body.digest).toBe(ws.squeezenetDigest);
  });

  it("retries a download that keeps breaking, then fails saying so, leaving nothing", async () => {
    await db.model.deleteMany({ where: { name: "squeezenet" } });
    const before = await listArtifactFiles();
    ws.proxy.plan = { cuts: 1_000_000, cutResponsesAfter: 256 * 1024 };
    try {
      const done = await importAndSettle("squeezenet");
      expect(done.state).toBe("Failed");
      expect(logOf(done)).toMatch(/Attempt 1 of 2 failed, will retry/);
      expect(done.error).toMatch(/The connection to blob storage broke off during the download of models\/squeezenet\/model\.onnx at \d+ of \d+ bytes, 5 times resumed and broken again/);
      expect(logOf(done)).toMatch(/Failed after 2 attempts/);
    } finally {
      ws.proxy.plan = { cuts: 0 };
    }
    expect(await db.model.count({ where: { name: "squeezenet" } })).toBe(0);
    expect(await listArtifactFiles()).toEqual(before);
  });
});
