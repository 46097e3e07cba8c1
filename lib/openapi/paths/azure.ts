import { z } from "zod";
import { browseQuerySchema, linkWorkspaceSchema } from "@/lib/azure/schemas";
import { AzureModelPage, AzureModelVersionPage, AzureWorkspace, AzureWorkspaceList } from "../components";
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
  { method: "delete", path: "/api/v1/azure/workspaces/{id}", tag, summary: "Forget a link (nothing changes in Azure)", params: id, replies: { 200: { description: "The link, forgotten", schema: AzureWorkspace } } },
  { method: "get", path: "/api/v1/azure/workspaces/{id}/models", tag, summary: "The workspace's models, a page at a time", params: id, query: browseQuerySchema, errors: [422, 502], replies: { 200: { description: "A page of models", schema: AzureModelPage } } },
  {
    method: "get", path: "/api/v1/azure/workspaces/{id}/models/{name}/versions", tag, summary: "One model's versions, a page at a time", params: { ...id, name: z.string() }, query: browseQuerySchema, errors: [422, 502],
    replies: { 200: { description: "A page of versions", schema: AzureModelVersionPage } },
  },
];
