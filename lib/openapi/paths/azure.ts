import { z } from "zod";
import { browseQuerySchema, importRequestSchema, linkWorkspaceSchema, publishRequestSchema, transfersQuerySchema } from "@/lib/azure/schemas";
import { AzureModelPage, AzureModelVersionPage, AzureTransfer, AzureTransferList, AzureWorkspace, AzureWorkspaceList } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Azure ML";
const id = { id: z.string() };

export const azurePaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/azure/workspaces", tag, summary: "Linked Azure ML workspaces", replies: { 200: { description: "The workspaces", schema: AzureWorkspaceList } } },
  {
    method: "post", path: "/api/v1/azure/workspaces", tag, summary: "Link a workspace, once this machine's identity can read it and list its models", body: { schema: linkWorkspaceSchema }, errors: [409, 422, 502],
    replies: { 201: { description: "Linked; 422 says what is wrong on the Azure side (azure_no_credential, azure_auth_failed, azure_forbidden, azure_workspace_not_found), 502 azure_unreachable", schema: AzureWorkspace } },
  },
  { method: "get", path: "/api/v1/azure/workspaces/{id}", tag, summary: "One linked workspace", params: id, replies: { 200: { description: "The workspace", schema: AzureWorkspace } } },
  { method: "delete", path: "/api/v1/azure/workspaces/{id}", tag, summary: "Forget a link (nothing changes in Azure); 409 in_use while an import or publish through it is under way", params: id, errors: [409], replies: { 200: { description: "The link, forgotten", schema: AzureWorkspace } } },
  { method: "get", path: "/api/v1/azure/workspaces/{id}/models", tag, summary: "The workspace's models, a page at a time", params: id, query: browseQuerySchema, errors: [422, 502], replies: { 200: { description: "A page of models", schema: AzureModelPage } } },
  {
    method: "get", path: "/api/v1/azure/workspaces/{id}/models/{name}/versions", tag, summary: "One model's versions, a page at a time", params: { ...id, name: z.string() }, query: browseQuerySchema, errors: [422, 502],
    replies: { 200: { description: "A page of versions", schema: AzureModelVersionPage } },
  },
  {
    method: "post", path: "/api/v1/azure/workspaces/{id}/imports", tag, summary: "Import a workspace model version into the registry: a job resolves its modelUri, downloads the ONNX file with progress, verifies and registers it", params: id, body: { schema: importRequestSchema },
    replies: { 202: { description: "Queued", schema: AzureTransfer }, 200: { description: "Already imported (the finished transfer) or under way (the running one)", schema: AzureTransfer } },
  },
  {
    method: "post", path: "/api/v1/azure/workspaces/{id}/publications", tag, summary: "Publish a local model version to the workspace: upload to its default datastore and create a model version carrying digest, precision, device profile, accuracy and simulated latency; idempotent on the digest", params: id, body: { schema: publishRequestSchema }, errors: [404],
    replies: { 202: { description: "Queued", schema: AzureTransfer }, 200: { description: "The same publish, already under way", schema: AzureTransfer } },
  },
  { method: "get", path: "/api/v1/azure/transfers", tag, summary: "Imports and publications, newest first", query: transfersQuerySchema, replies: { 200: { description: "The transfers", schema: AzureTransferList } } },
  { method: "get", path: "/api/v1/azure/transfers/{id}", tag, summary: "One import or publish: progress, state and log", params: id, replies: { 200: { description: "The transfer", schema: AzureTransfer } } },
];
