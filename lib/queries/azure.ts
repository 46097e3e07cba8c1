import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type { importRequestSchema, LinkWorkspaceInput, publishRequestSchema } from "@/lib/azure/schemas";
import { fetchJson, sendJson } from "@/lib/client/fetch-json";
import type {
  azureModelPageSchema,
  azureModelVersionPageSchema,
  azureTransferSchema,
  azureTransferWithLogSchema,
  azureWorkspaceSchema,
} from "@/lib/openapi/resources/azure";
import { pollWhileActive, pollWhileAnyActive } from "./live-poll";
import type { ModelPage } from "./models";

// The types of the OpenAPI schemas the Azure routes answer with (lib/openapi/resources/azure.ts).
export type AzureWorkspace = z.infer<typeof azureWorkspaceSchema>;
export type AzureModelPage = z.infer<typeof azureModelPageSchema>;
export type AzureModel = AzureModelPage["items"][number];
export type AzureModelVersionPage = z.infer<typeof azureModelVersionPageSchema>;
export type AzureModelVersion = AzureModelVersionPage["items"][number];
export type AzureTransfer = z.infer<typeof azureTransferSchema>;
export type AzureTransferDetail = z.infer<typeof azureTransferWithLogSchema>;
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type PublishRequest = z.infer<typeof publishRequestSchema>;
export type TransferFilters = { workspaceId?: string; modelId?: string; kind?: AzureTransfer["kind"] };

/** The states a transfer can still move from; its progress bar runs in them. */
export const TRANSFER_ACTIVE_STATES: readonly AzureTransfer["state"][] = ["Queued", "Running"];

export function isTransferActive(transfer: Pick<AzureTransfer, "state"> | undefined): boolean {
  return !!transfer && TRANSFER_ACTIVE_STATES.includes(transfer.state);
}

// Hierarchical keys: ["azure", "workspaces"] ⊃ one workspace ⊃ its models ⊃ a model's versions;
// ["azure", "transfers"] holds every transfer list and transfer, refreshed after an import or publish.
export const azureKeys = {
  all: ["azure"] as const,
  workspaces: () => [...azureKeys.all, "workspaces"] as const,
  workspace: (id: string) => [...azureKeys.workspaces(), id] as const,
  models: (id: string) => [...azureKeys.workspace(id), "models"] as const,
  versions: (id: string, name: string) => [...azureKeys.models(id), name, "versions"] as const,
  transfers: () => [...azureKeys.all, "transfers"] as const,
  transferList: (filters: TransferFilters) => [...azureKeys.transfers(), "list", filters] as const,
  transfer: (id: string) => [...azureKeys.transfers(), id] as const,
};

const workspaceUrl = (id: string) => `/api/v1/azure/workspaces/${encodeURIComponent(id)}`;
const withPageToken = (url: string, pageToken: string | null) => (pageToken ? `${url}?pageToken=${encodeURIComponent(pageToken)}` : url);

export function workspaceListOptions() {
  return queryOptions({
    queryKey: azureKeys.workspaces(),
    queryFn: () => fetchJson<{ items: AzureWorkspace[] }>("/api/v1/azure/workspaces"),
  });
}

export function workspaceOptions(id: string) {
  return queryOptions({ queryKey: azureKeys.workspace(id), queryFn: () => fetchJson<AzureWorkspace>(workspaceUrl(id)) });
}

// Azure pages with an opaque continuation token (its nextLink), so the studio can only go
// forward: each "More" appends the next page, as the audit log does.

export function azureModelsOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: azureKeys.models(id),
    queryFn: ({ pageParam }) => fetchJson<AzureModelPage>(withPageToken(`${workspaceUrl(id)}/models`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextPageToken,
  });
}

export function azureVersionsOptions(id: string, name: string) {
  return infiniteQueryOptions({
    queryKey: azureKeys.versions(id, name),
    queryFn: ({ pageParam }) => fetchJson<AzureModelVersionPage>(withPageToken(`${workspaceUrl(id)}/models/${encodeURIComponent(name)}/versions`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextPageToken,
  });
}

/** Transfers, newest first; polled every second while any is queued or running. */
export function transferListOptions(filters: TransferFilters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return queryOptions({
    queryKey: azureKeys.transferList(filters),
    queryFn: () => fetchJson<{ items: AzureTransfer[] }>(`/api/v1/azure/transfers?${params}`),
    refetchInterval: pollWhileAnyActive(isTransferActive),
    staleTime: 0,
  });
}

/** One transfer with its log; polled every second until it settles. */
export function transferOptions(id: string) {
  return queryOptions({
    queryKey: azureKeys.transfer(id),
    queryFn: () => fetchJson<AzureTransferDetail>(`/api/v1/azure/transfers/${encodeURIComponent(id)}`),
    refetchInterval: pollWhileActive(isTransferActive),
    staleTime: 0,
  });
}

/** Every local model version a publish can send (the API's largest page), under the models' keys so uploads and imports refresh it. */
export function publishableModelsOptions() {
  return queryOptions({
    queryKey: ["models", "list", { latest: false, pageSize: 100 }] as const,
    queryFn: () => fetchJson<ModelPage>("/api/v1/models?pageSize=100"),
  });
}

export function linkWorkspace(body: LinkWorkspaceInput) {
  return sendJson<AzureWorkspace>("/api/v1/azure/workspaces", "POST", body);
}

export function unlinkWorkspace(id: string) {
  return sendJson<AzureWorkspace>(workspaceUrl(id), "DELETE");
}

export function requestImport(options: { workspaceId: string } & ImportRequest) {
  const { workspaceId, ...body } = options;
  return sendJson<AzureTransfer>(`${workspaceUrl(workspaceId)}/imports`, "POST", body);
}

export function requestPublish(options: { workspaceId: string } & PublishRequest) {
  const { workspaceId, ...body } = options;
  return sendJson<AzureTransfer>(`${workspaceUrl(workspaceId)}/publications`, "POST", body);
}
