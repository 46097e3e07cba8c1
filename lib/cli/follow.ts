import { dataOf, type AccelClient, type components } from "@/lib/client/api";
import { formatBytes } from "@/lib/client/format";
import { waitFor } from "./wait-for";

// Each long-running resource, followed to its end (`--wait`).

export const followConversion = (client: AccelClient, id: string) =>
  waitFor({ label: `conversion ${id.slice(0, 8)}`, done: ["Succeeded"], failed: ["Failed", "Cancelled", "TimedOut"], read: async () => dataOf(await client.GET("/api/v1/conversions/{id}", { params: { path: { id } } })) });

export const followImage = (client: AccelClient, name: string, version: number) =>
  waitFor({ label: `image ${name}:${version}`, done: ["Succeeded"], failed: ["Failed"], read: async () => dataOf(await client.GET("/api/v1/images/{name}/versions/{version}", { params: { path: { name, version } } })) });

export const followCompute = (client: AccelClient, name: string) =>
  waitFor({ label: `compute ${name}`, done: ["Succeeded"], failed: ["Failed"], read: async () => dataOf(await client.GET("/api/v1/computes/{name}", { params: { path: { name } } })) });

export const followService = (client: AccelClient, name: string) =>
  waitFor({
    label: `service ${name}`,
    done: ["Healthy"],
    failed: ["Failed", "Unhealthy"],
    // A service reports no progress of its own: its replicas' readiness is.
    read: async () => {
      const service = dataOf(await client.GET("/api/v1/services/{name}", { params: { path: { name } } }));
      return { ...service, progress: service.desiredReplicas ? service.replicas.filter((r) => r.ready).length / service.desiredReplicas : 0 };
    },
  });

export const followPull = (client: AccelClient, id: string) =>
  waitFor({
    label: `pull ${id.slice(0, 8)}`,
    done: ["Succeeded"],
    failed: ["Failed"],
    read: async () => {
      const pull = dataOf(await client.GET("/api/v1/pulls/{id}", { params: { path: { id } } }));
      return { ...pull, progress: pull.bytesTotal ? pull.bytesDone / pull.bytesTotal : 0 };
    },
  });

/** What an Azure transfer moves, as a person names it: the Azure version imported, the local version published. */
export const transferLabel = (t: Pick<components["schemas"]["AzureTransfer"], "kind" | "azureModel" | "model">) =>
  t.kind === "import" ? `import ${t.azureModel.name}:${t.azureModel.version}` : `publish ${t.model ? `${t.model.name}:${t.model.version}` : t.azureModel.name}`;

export const followTransfer = (client: AccelClient, transfer: Parameters<typeof transferLabel>[0] & { id: string }) =>
  waitFor({
    label: transferLabel(transfer),
    done: ["Succeeded"],
    failed: ["Failed"],
    // The size is known once the download starts (an import) or from the file (a publish).
    detail: (t) => (t.bytesTotal ? `${formatBytes(t.bytesDone)} / ${formatBytes(t.bytesTotal)}` : ""),
    read: async () => dataOf(await client.GET("/api/v1/azure/transfers/{id}", { params: { path: { id: transfer.id } } })),
  });
