import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as transfersRoute from "@/app/api/v1/azure/transfers/route";
import * as modelVersionRoute from "@/app/api/v1/models/[name]/versions/[version]/route";
import { disconnectDb } from "@/lib/db";
import { accel, startStudio } from "./cli-helpers";
import { call } from "./helpers";
import { api, waitForState } from "./pipeline-helpers";
import { CONTAINER, startWorkspace, transfers, type Workspace } from "./azure/workspace-fixture";

// The done-when, and publishing's guarantees: a workspace served by the stand-ins
// holds SqueezeNet; it is linked, imported, converted to ms-fp9 and published back, and
// the workspace then holds a new version carrying the conversion's figures. Publishing
// again adds nothing, and a publish the network breaks leaves no version and no blob.

let ws: Workspace;
let converted: { id: string; name: string; version: number; digest: string; sizeBytes: number };
beforeAll(async () => {
  ws = await startWorkspace();
}, 60_000);
afterAll(async () => {
  await ws?.stop();
  await disconnectDb();
});

const logOf = (body: { log: { message: string }[] }) => body.log.map((l) => l.message).join("\n");
const blobsUnder = async (prefix: string) => {
  const names: string[] = [];
  for await (const blob of ws.azurite.service.getContainerClient(CONTAINER).listBlobsFlat({ prefix })) names.push(blob.name);
  return names;
};

describe("a model's round trip through an Azure ML workspace", () => {
  it("imports SqueezeNet, converts it to ms-fp9, and publishes the result with its figures", async () => {
    const imported = await transfers.settle((await transfers.import(ws.workspaceId, "squeezenet")).body.id);
    expect(imported.state, imported.error).toBe("Succeeded");
    const source = (await call(modelVersionRoute.GET, { params: { name: "squeezenet", version: "1" } })).body;

    const conversion = await api.convert({ model: source.name, version: source.version, inputTensors: source.inputs.map((t: { name: string }) => t.name), outputTensors: source.outputs.map((t: { name: string }) => t.name), precision: "ms-fp9" });
    expect(conversion.status, JSON.stringify(conversion.body)).toBe(202);
    const done = (await waitForState(() => api.conversion(conversion.body.id), ["Succeeded", "Failed"], 180_000)).body;
    expect(done.state, done.error).toBe("Succeeded");
    converted = (await call(modelVersionRoute.GET, { params: { name: done.resultModel.name, version: String(done.resultModel.version) } })).body;

    const requested = await transfers.publish(ws.workspaceId, { name: converted.name, version: converted.version });
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    const published = await transfers.settle(requested.body.id);
    expect(published, logOf(published)).toMatchObject({ state: "Succeeded", kind: "publish", digest: converted.digest, azureModel: { name: converted.name, version: "1" }, model: { name: converted.name, version: converted.version } });
    expect(published.azureModel.portalUrl).toMatch(new RegExp(`^https://ml\\.azure\\.com/model/${converted.name}:1/details\\?wsid=`));

    // What the workspace now holds: the version, its figures, and its file in the default datastore.
    const [version] = ws.standIn.state.models.get(converted.name) ?? [];
    const blobName = `LocalUpload/${converted.digest}/${converted.name}.onnx`;
    expect(version.properties).toMatchObject({
      modelType: "custom_model",
      modelUri: `azureml://subscriptions/${ws.standIn.state.subscriptionId}/resourcegroups/vision-rg/workspaces/vision-ws/datastores/workspaceblobstore/paths/${blobName}`,
      tags: { "accel.source": "accel-studio", "accel.precision": "ms-fp9", "accel.deviceProfile": done.report.deviceProfile },
      properties: {
        "accel.digest": converted.digest,
        "accel.precision": "ms-fp9",
        "accel.localModel": `${converted.name}:${converted.version}`,
        "accel.top1Agreement": String(done.report.calibration.top1Agreement),
        "accel.meanTop5Overlap": String(done.report.calibration.meanTop5Overlap),
        "accel.simulatedLatencyMs": done.report.latency.converted.totalMs.toFixed(3),
        "accel.calibrationImages": String(done.report.calibration.images.length),
      },
    });
    const blob = await ws.azurite.service.getContainerClient(CONTAINER).getBlobClient(blobName).getProperties();
    expect(blob.contentLength).toBe(converted.sizeBytes);
    expect(Buffer.from(blob.contentMD5 ?? []).toString("hex")).toBe(createHash("md5").update(await ws.azurite.service.getContainerClient(CONTAINER).getBlobClient(blobName).downloadToBuffer()).digest("hex"));

    const publications = await call(transfersRoute.GET, { url: `/api/v1/azure/transfers?modelId=${converted.id}&kind=publish` });
    expect(publications.body.items.map((t: { azureModel: { version: string } }) => t.azureModel.version)).toEqual(["1"]);
  }, 240_000);

  it("publishes a digest once: publishing again names the version the workspace has", async () => {
    const again = await transfers.settle((await transfers.publish(ws.workspaceId, { name: converted.name, version: converted.version })).body.id);
    expect(again).toMatchObject({ state: "Succeeded", azureModel: { version: "1" } });
    expect(logOf(again)).toMatch(new RegExp(`already holds this file as ${converted.name}:1`));
    expect(ws.standIn.state.models.get(converted.name)).toHaveLength(1);
  });

  it("leaves no version and no blob when the network breaks the upload, and publishes cleanly after", async () => {
    ws.proxy.plan = { cuts: 1_000_000, cutRequestsAfter: 1024 * 1024 };
    let failed;
    try {
      failed = await transfers.settle((await transfers.publish(ws.workspaceId, { name: "squeezenet", version: 1, azureName: "squeezenet-upload" })).body.id);
    } finally {
      ws.proxy.plan = { cuts: 0 };
    }
    expect(failed.state).toBe("Failed");
    expect(logOf(failed)).toMatch(/Attempt 1 of 2 failed, will retry/);
    expect(failed.error).toMatch(/Azure could not be reached|broke off/);
    expect(ws.standIn.state.models.has("squeezenet-upload")).toBe(false);
    expect(await blobsUnder(`LocalUpload/${ws.squeezenetDigest}/`), "an interrupted upload commits no blob").toEqual([]);

    const published = await transfers.settle((await transfers.publish(ws.workspaceId, { name: "squeezenet", version: 1, azureName: "squeezenet-upload" })).body.id);
    expect(published.state, published.error).toBe("Succeeded");
    expect(ws.standIn.state.models.get("squeezenet-upload")?.map((v) => v.version)).toEqual(["1"]);
    expect(await blobsUnder(`LocalUpload/${ws.squeezenetDigest}/`)).toEqual([`LocalUpload/${ws.squeezenetDigest}/model.onnx`]);
  }, 120_000);

  it("refuses to publish a model the registry does not have", async () => {
    const answer = await transfers.publish(ws.workspaceId, { name: "no-such-model", version: 1 });
    expect([answer.status, answer.body.code]).toEqual([404, "model_not_found"]);
  });

  it("does it from the CLI too: accel azure import and publish --wait, with progress and the version's portal page", async () => {
    const studio = await startStudio();
    try {
      const imported = await accel(studio.url, ["azure", "import", "vision-ws", "squeezenet-identity:1", "--wait", "--json"]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ kind: "import", state: "Succeeded", model: { name: "squeezenet-identity", version: 1 } });
      const published = await accel(studio.url, ["azure", "publish", "vision-ws", "squeezenet-identity:1", "--azure-name", "from-the-cli", "--wait"]);
      expect(published.code, published.stderr).toBe(0);
      expect(published.stdout + published.stderr).toMatch(/from-the-cli:1[\s\S]*https:\/\/ml\.azure\.com\/model\/from-the-cli:1\/details/);
      expect(ws.standIn.state.models.get("from-the-cli")?.map((v) => v.version)).toEqual(["1"]);
    } finally {
      await studio.close();
    }
  }, 120_000);
});
