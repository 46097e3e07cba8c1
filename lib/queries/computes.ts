import { queryOptions } from "@tanstack/react-query";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import { VCPUS_PER_NODE } from "@/lib/computes/schemas";
import type { ComputeDto, ComputeState, QuotaDto, Region } from "@/lib/computes/types";
import { LIVE_POLL_MS, pollResource, pollWhileAnyActive } from "./live-poll";

export type CreateComputeBody = { name: string; vmSize: "Standard_PB6s"; agentCount: number; region: Region };

/** Standard_PB6s: 6 vCPUs and one Arria 10 FPGA per node (Azure's PBS family). */
export const PB6_VCPUS = VCPUS_PER_NODE;

/** Provisioning or teardown: the states the compute's own progress bar runs in. */
export const COMPUTE_ACTIVE_STATES: readonly ComputeState[] = ["Creating", "Deleting"];

/** Provisioning or teardown runs, or an FPGA is being reflashed (its node answers UNAVAILABLE meanwhile): worth polling. */
export function isComputeActive(compute: Pick<ComputeDto, "state" | "nodes"> | undefined): boolean {
  return !!compute && (COMPUTE_ACTIVE_STATES.includes(compute.state) || compute.nodes.some((node) => node.state === "Reflashing"));
}

/** Nodes whose FPGA no service holds: what a new deployment can take. */
export function freeNodeCount(compute: Pick<ComputeDto, "nodes">): number {
  return compute.nodes.filter((node) => node.service === null).length;
}

// Hierarchical keys: invalidating ["computes"] refreshes the list and every compute.
export const computeKeys = {
  all: ["computes"] as const,
  list: () => [...computeKeys.all, "list"] as const,
  detail: (name: string) => [...computeKeys.all, name] as const,
};

export const quotaKeys = {
  all: ["quotas"] as const,
  region: (region: Region | "all") => [...quotaKeys.all, region] as const,
};

export function computeListOptions() {
  return queryOptions({
    queryKey: computeKeys.list(),
    queryFn: () => fetchJson<{ items: ComputeDto[] }>("/api/v1/computes"),
    refetchInterval: pollWhileAnyActive(isComputeActive),
  });
}

// A provisioned compute's nodes still move (failover to another worker, reflashing, the
// autoscaler placing replicas), so its page keeps polling, more gently.
const NODES_POLL_MS = 3_000;

/** One compute with its nodes and log; polled every second while it changes, every few seconds after. */
export function computeOptions(name: string) {
  return queryOptions({
    queryKey: computeKeys.detail(name),
    queryFn: () => fetchJson<ComputeDto>(`/api/v1/computes/${encodeURIComponent(name)}`),
    refetchInterval: pollResource<ComputeDto>((compute) => (isComputeActive(compute) ? LIVE_POLL_MS : compute.nodes.length ? NODES_POLL_MS : false)),
    staleTime: 0,
  });
}

/** Quota usage of every region (one row each). */
export function quotaOptions() {
  return queryOptions({
    queryKey: quotaKeys.region("all"),
    queryFn: () => fetchJson<{ items: QuotaDto[] }>("/api/v1/quotas"),
  });
}

export function createCompute(body: CreateComputeBody) {
  return sendJson<ComputeDto>("/api/v1/computes", "POST", body);
}

export function deleteCompute(name: string) {
  return sendJson<unknown>(`/api/v1/computes/${encodeURIComponent(name)}`, "DELETE");
}
