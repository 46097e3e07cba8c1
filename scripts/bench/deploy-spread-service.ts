import type { StudioApi } from "./studio-api";

// One step of bench:scale: a compute of `nodes` nodes (spread by provisioning over the live
// workers, least loaded first: lib/computes/run-compute-provision.ts) and a service of one
// replica per node, without keys (the load is the scoring URI alone, as an in-cluster
// client's would be). It returns where each replica landed, so the bench can print it and
// check it, and a teardown that leaves the region's quota as it found it.

export type Placement = { node: string; workerId: string | null; ready: boolean };

export async function deploySpreadService(options: { api: StudioApi; name: string; image: { name: string; version: number }; nodes: number; region: string }) {
  const { api, name } = options;
  const compute = `${name}-c`;
  await api.call("POST", "/api/v1/computes", { name: compute, vmSize: "Standard_PB6s", agentCount: options.nodes, region: options.region });
  const provisioned = await api.waitFor(`/api/v1/computes/${compute}`, "Succeeded");
  await api.call("POST", "/api/v1/services", { name, image: options.image, compute, replicas: options.nodes, authEnabled: false });
  const service = await api.waitFor(`/api/v1/services/${name}`, "Healthy");
  const workerOf = new Map<string, string | null>(provisioned.nodes.map((n: { name: string; worker: { id: string } | null }) => [n.name, n.worker?.id ?? null]));
  const placements: Placement[] = service.replicas.map((r: { node: string; ready: boolean }) => ({ node: r.node, workerId: workerOf.get(r.node) ?? null, ready: r.ready }));
  const teardown = async () => {
    // Service first: a compute still in use answers 409 in_use.
    await api.call("DELETE", `/api/v1/services/${name}`);
    await api.waitGone(`/api/v1/services/${name}`);
    await api.call("DELETE", `/api/v1/computes/${compute}`);
    await api.waitGone(`/api/v1/computes/${compute}`);
  };
  return { name, compute, placements, teardown };
}
