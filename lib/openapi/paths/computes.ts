import { computeNameSchema, createComputeSchema, quotaQuerySchema } from "@/lib/computes/schemas";
import { Compute, ComputeList, QuotaList } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Computes";
const name = { name: computeNameSchema };

export const computePaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/computes", tag, summary: "List FPGA computes and their nodes", replies: { 200: { description: "The computes", schema: ComputeList } } },
  {
    method: "post", path: "/api/v1/computes", tag, summary: "Provision Standard_PB6s nodes in a region",
    body: { schema: createComputeSchema }, errors: [409],
    replies: { 202: { description: "Provisioning started (a job in the worker); 409 quota_exceeded past the region's quota", schema: Compute } },
  },
  { method: "get", path: "/api/v1/computes/{name}", tag, summary: "One compute: state, nodes, errors and log", params: name, replies: { 200: { description: "The compute", schema: Compute } } },
  {
    method: "delete", path: "/api/v1/computes/{name}", tag, summary: "Release a compute's nodes", params: name, errors: [409],
    replies: { 202: { description: "Teardown started; 409 in_use while services run on it", schema: Compute } },
  },
  { method: "get", path: "/api/v1/quotas", tag, summary: '"Standard PBS Family vCPUs" usage and limit per region', query: quotaQuerySchema, replies: { 200: { description: "Quota per region", schema: QuotaList } } },
];

