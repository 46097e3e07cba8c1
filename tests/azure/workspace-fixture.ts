import { createHash } from "node:crypto";
import { inject } from "vitest";
import * as transferRoute from "@/app/api/v1/azure/transfers/[id]/route";
import * as importsRoute from "@/app/api/v1/azure/workspaces/[id]/imports/route";
import * as publicationsRoute from "@/app/api/v1/azure/workspaces/[id]/publications/route";
import * as workspacesRoute from "@/app/api/v1/azure/workspaces/route";
import { setEnv } from "@/lib/env";
import { startWorker, type StartedWorker } from "@/worker/start-worker";
import { call } from "../helpers";
import { waitForState } from "../pipeline-helpers";
import { startAzurite, type Azurite } from "./azurite";
import { startFlakyProxy, type FlakyProxy } from "./flaky-proxy";
import { CONTAINER, seedWorkspace } from "./seed-workspace";
import { startAzureStandIn, type StandIn } from "./stand-in";

// A workspace as the import and publish tests find it: the management stand-in, Azurite
// behind a proxy that can drop connections, seeded (seed-workspace.ts), linked, a worker
// that runs the jobs, and this process's identity a service principal the stand-in accepts.

export { CONTAINER };
export type Workspace = { standIn: StandIn; azurite: Azurite; proxy: FlakyProxy; worker: StartedWorker; workspaceId: string; squeezenet: Buffer; squeezenetDigest: string; stop: () => Promise<void> };

export async function startWorkspace(): Promise<Workspace> {
  const tls = inject("standInTls");
  const [standIn, azurite] = await Promise.all([startAzureStandIn(tls), startAzurite(tls)]);
  const proxy = await startFlakyProxy(azurite.port);
  setEnv({ AZURE_RESOURCE_MANAGER_URL: standIn.url, AZURE_STORAGE_BLOB_URL: `https://127.0.0.1:${proxy.port}/{account}`, AZURE_TRANSFER_MAX_ATTEMPTS: "2" });
  Object.assign(process.env, { AZURE_TENANT_ID: "tenant-1", AZURE_CLIENT_ID: "client-1", AZURE_CLIENT_SECRET: standIn.state.clientSecret });

  const { squeezenet } = await seedWorkspace(standIn, azurite);

  const linked = await call(workspacesRoute.POST, { method: "POST", body: JSON.stringify({ subscriptionId: standIn.state.subscriptionId, resourceGroup: standIn.state.resourceGroup, workspaceName: standIn.state.workspace, tenantId: "tenant-1", authorityHost: standIn.url }) });
  if (linked.status !== 201) throw new Error(`link failed: ${JSON.stringify(linked.body)}`);
  const worker = await startWorker({ httpPort: null, concurrency: 1, log: () => {} });
  return {
    standIn, azurite, proxy, worker, workspaceId: linked.body.id, squeezenet, squeezenetDigest: createHash("sha256").update(squeezenet).digest("hex"),
    stop: async () => {
      await worker.stop();
      setEnv({ AZURE_RESOURCE_MANAGER_URL: undefined, AZURE_STORAGE_BLOB_URL: undefined, AZURE_TRANSFER_MAX_ATTEMPTS: undefined });
      await Promise.all([proxy.close(), standIn.close(), azurite.stop()]);
    },
  };
}

export const transfers = {
  import: (workspaceId: string, name: string, version = "1") => call(importsRoute.POST, { method: "POST", params: { id: workspaceId }, body: JSON.stringify({ name, version }) }),
  publish: (workspaceId: string, body: Record<string, unknown>) => call(publicationsRoute.POST, { method: "POST", params: { id: workspaceId }, body: JSON.stringify(body) }),
  get: (id: string) => call(transferRoute.GET, { params: { id } }),
  /** Waits for the transfer to end, and answers its final body. */
  settle: async (id: string, timeoutMs = 90_000) => (await waitForState(() => transfers.get(id), ["Succeeded", "Failed"], timeoutMs)).body,
};
