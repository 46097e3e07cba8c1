import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import * as versionsRoute from "@/app/api/v1/azure/workspaces/[id]/models/[name]/versions/route";
import * as modelsRoute from "@/app/api/v1/azure/workspaces/[id]/models/route";
import * as workspaceRoute from "@/app/api/v1/azure/workspaces/[id]/route";
import * as workspacesRoute from "@/app/api/v1/azure/workspaces/route";
import { db, disconnectDb } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { startAzureStandIn, type StandIn } from "./azure/stand-in";
import { call } from "./helpers";

// Linking an Azure ML workspace and browsing it, with the real @azure/identity and
// @azure/arm-machinelearning clients against a local HTTPS stand-in of Entra ID and Azure
// Resource Manager: what works, and the precise reason for each way it does not.

let standIn: StandIn;
const AZURE_ENV = ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_TOKEN_CREDENTIALS"] as const;

beforeAll(async () => {
  standIn = await startAzureStandIn(inject("standInTls"));
  setEnv({ AZURE_RESOURCE_MANAGER_URL: standIn.url });
});
afterAll(async () => {
  setEnv({ AZURE_RESOURCE_MANAGER_URL: undefined });
  await standIn.close();
  await disconnectDb();
});
beforeEach(async () => {
  // The identity the credential chain finds: a service principal in the environment.
  Object.assign(process.env, { AZURE_TENANT_ID: "tenant-1", AZURE_CLIENT_ID: "client-1", AZURE_CLIENT_SECRET: standIn.state.clientSecret });
  standIn.state.isModelListForbidden = false;
  standIn.state.models = new Map([
    ["squeezenet", [{ version: "1", properties: { modelUri: "azureml://datastores/workspaceblobstore/paths/models/squeezenet/model.onnx", modelType: "custom_model", tags: { team: "vision" }, description: "SqueezeNet 1.1" } }, { version: "2", properties: { modelType: "custom_model", tags: {} } }, { version: "3", properties: { modelType: "mlflow_model", tags: { stage: null } } }]],
    ["resnet50", [{ version: "1", properties: { modelType: "custom_model" } }]],
    ["mobilenet", [{ version: "4", properties: { modelType: "custom_model" } }]],
  ]);
  await db.azureWorkspace.deleteMany();
});
afterEach(() => {
  for (const name of AZURE_ENV) delete process.env[name];
});

const link = (overrides: Record<string, unknown> = {}) =>
  call(workspacesRoute.POST, { method: "POST", body: JSON.stringify({ subscriptionId: standIn.state.subscriptionId, resourceGroup: standIn.state.resourceGroup, workspaceName: standIn.state.workspace, tenantId: "tenant-1", authorityHost: standIn.url, ...overrides }) });

describe("linking an Azure ML workspace", () => {
  it("links a workspace the identity can read, and browses its models and versions a page at a time", async () => {
    const linked = await link();
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ workspaceName: "vision-ws", location: "westus2", linkedBy: "local" });
    expect(linked.body.portalUrl).toMatch(/^https:\/\/ml\.azure\.com\/\?wsid=/);
    expect(standIn.requests).toContain("POST /tenant-1/oauth2/v2.0/token");
    expect((await call(workspacesRoute.GET)).body.items).toHaveLength(1);

    const first = await call(modelsRoute.GET, { params: { id: linked.body.id } });
    expect(first.body.items.map((m: { name: string }) => m.name)).toEqual(["squeezenet", "resnet50"]);
    expect(first.body.nextPageToken).toBeTruthy();
    const second = await call(modelsRoute.GET, { params: { id: linked.body.id }, url: `/api/v1/azure/workspaces/${linked.body.id}/models?pageToken=${encodeURIComponent(first.body.nextPageToken)}` });
    expect([second.body.items.map((m: { name: string }) => m.name), second.body.nextPageToken]).toEqual([["mobilenet"], null]);

    const versions = await call(versionsRoute.GET, { params: { id: linked.body.id, name: "squeezenet" } });
    expect(versions.body.items[0]).toMatchObject({ name: "squeezenet", version: "1", type: "custom_model", tags: { team: "vision" }, description: "SqueezeNet 1.1", modelUri: expect.stringMatching(/^azureml:\/\/datastores\//) });
    const rest = await call(versionsRoute.GET, { params: { id: linked.body.id, name: "squeezenet" }, url: `/api/v1/azure/workspaces/${linked.body.id}/models/squeezenet/versions?pageToken=${encodeURIComponent(versions.body.nextPageToken)}` });
    expect(rest.body.items).toEqual([expect.objectContaining({ version: "3", type: "mlflow_model", tags: { stage: "" } })]);

    expect((await link()).body.code).toBe("already_exists");
    expect((await call(workspaceRoute.DELETE, { method: "DELETE", params: { id: linked.body.id } })).status).toBe(200);
    expect((await call(workspaceRoute.GET, { params: { id: linked.body.id } })).status).toBe(404);
  });

  it("says precisely what is wrong, and stores nothing", async () => {
    const cases: [string, () => void, Record<string, unknown>, number, string, RegExp][] = [
      ["a token endpoint that refuses", () => (process.env.AZURE_CLIENT_SECRET = "wrong"), {}, 422, "azure_auth_failed", /Invalid client secret/],
      ["403 on listing models", () => (standIn.state.isModelListForbidden = true), {}, 422, "azure_forbidden", /may not do this[\s\S]*AuthorizationFailed/],
      ["a workspace that does not exist", () => undefined, { workspaceName: "no-such-ws" }, 422, "azure_workspace_not_found", /ResourceNotFound/],
      ["a resource group that does not exist", () => undefined, { resourceGroup: "other-rg" }, 422, "azure_workspace_not_found", /ResourceGroupNotFound/],
      // Narrowed to the environment link of the chain, so the test does not wait on managed-identity probes.
      ["no credential on this machine", () => { for (const name of AZURE_ENV) delete process.env[name]; process.env.AZURE_TOKEN_CREDENTIALS = "EnvironmentCredential"; }, {}, 422, "azure_no_credential", /No Azure credential was found/],
    ];
    for (const [what, arrange, overrides, status, code, detail] of cases) {
      Object.assign(process.env, { AZURE_TENANT_ID: "tenant-1", AZURE_CLIENT_ID: "client-1", AZURE_CLIENT_SECRET: standIn.state.clientSecret });
      standIn.state.isModelListForbidden = false;
      arrange();
      const answer = await link(overrides);
      expect([answer.status, answer.body.code], `${what}: ${answer.body.detail}`).toEqual([status, code]);
      expect(answer.body.detail, what).toMatch(detail);
      delete process.env.AZURE_TOKEN_CREDENTIALS;
    }
    expect(await db.azureWorkspace.count()).toBe(0);
  });

  it("answers 502 azure_unreachable when Azure cannot be reached", async () => {
    setEnv({ AZURE_RESOURCE_MANAGER_URL: "https://127.0.0.1:9" });
    try {
      const answer = await link();
      expect([answer.status, answer.body.code]).toEqual([502, "azure_unreachable"]);
      expect(answer.body.detail).toMatch(/Azure could not be reached/);
    } finally {
      setEnv({ AZURE_RESOURCE_MANAGER_URL: standIn.url });
    }
  });

  it("refuses a link request that is not a workspace", async () => {
    for (const body of [{ subscriptionId: "not-a-guid" }, { resourceGroup: "a b" }, { authorityHost: "http://insecure.example" }]) {
      const answer = await link(body);
      expect([answer.status, answer.body.code], JSON.stringify(body)).toEqual([400, "validation_failed"]);
    }
  });
});
