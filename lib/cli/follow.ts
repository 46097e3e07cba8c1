import { dataOf, type AccelClient } from "@/lib/client/api";
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
