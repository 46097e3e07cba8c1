import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEV_KEY, type Azurite } from "./azurite";
import type { StandIn } from "./stand-in";

// What the stand-in workspace holds, for the vitest files and the e2e studio alike: three
// datastores over one Azurite container (account key, SAS, identity), SqueezeNet, and a
// few models that cannot be imported, each for its own reason.

export const CONTAINER = "azureml-blobstore-1";
export const SQUEEZENET = path.resolve(import.meta.dirname, "../../../shared/data/models/squeezenet1.1-caffe2.onnx");

const model = (modelUri: string, extra: Record<string, unknown> = {}) => [{ version: "1", properties: { modelUri, modelType: "custom_model", description: "From the stand-in", tags: { team: "vision" }, ...extra } }];
const inStore = (store: string, file: string) => `azureml://datastores/${store}/paths/${file}`;

export async function seedWorkspace(standIn: StandIn, azurite: Azurite): Promise<{ squeezenet: Buffer }> {
  const squeezenet = await readFile(SQUEEZENET);
  const container = azurite.service.getContainerClient(CONTAINER);
  await container.create();
  const put = (name: string, bytes: Buffer) => container.getBlockBlobClient(name).uploadData(bytes);
  await put("models/squeezenet/model.onnx", squeezenet);
  await put("models/sklearn/model.pkl", Buffer.from("not a graph"));
  await put("models/garbage/model.onnx", Buffer.alloc(4096, 7));
  // Bytes that do not match the MD5 the blob carries: the file was damaged in storage.
  await put("models/damaged/model.onnx", squeezenet);
  await container.getBlobClient("models/damaged/model.onnx").setHTTPHeaders({ blobContentMD5: createHash("md5").update("other bytes").digest(), blobContentType: "application/octet-stream" });

  const store = { accountName: "devstoreaccount1", containerName: CONTAINER };
  standIn.state.datastores = new Map([
    ["workspaceblobstore", { ...store, credentialsType: "AccountKey", key: DEV_KEY, isDefault: true }],
    ["sasstore", { ...store, credentialsType: "Sas", sasToken: azurite.containerSas(CONTAINER) }],
    ["identitystore", { ...store, credentialsType: "None" }],
  ]);
  standIn.state.pageSize = 50;
  const { subscriptionId, resourceGroup, workspace } = standIn.state;
  standIn.state.models = new Map([
    ["squeezenet", model(inStore("workspaceblobstore", "models/squeezenet/model.onnx"))],
    ["squeezenet-sas", model(inStore("sasstore", "models/squeezenet/model.onnx"))],
    ["squeezenet-identity", model(`azureml://subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}/datastores/identitystore/paths/models/squeezenet`)],
    ["sklearn-model", model(inStore("workspaceblobstore", "models/sklearn"), { modelType: "mlflow_model", flavors: { python_function: {}, sklearn: {} } })],
    ["pickled", model(inStore("workspaceblobstore", "models/sklearn"))],
    ["missing", model(inStore("workspaceblobstore", "models/nothing-here/model.onnx"))],
    ["garbage", model(inStore("workspaceblobstore", "models/garbage/model.onnx"))],
    ["damaged", model(inStore("workspaceblobstore", "models/damaged/model.onnx"))],
    ["from-a-job", model("azureml://jobs/train-1/outputs/model/paths/model.onnx")],
  ]);
  return { squeezenet };
}
