import { z } from "zod";
import { scoreQuerySchema } from "@/lib/scoring/schemas";
import { createServiceSchema, regenerateKeySchema, serviceNameSchema } from "@/lib/services/schemas";
import { latencyQuerySchema } from "@/lib/service-history/schemas";
import { Service, ServiceLatency, ServiceList, ServiceScore } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Services";
const name = { name: serviceNameSchema };

export const servicePaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/services", tag, summary: "List deployed services", replies: { 200: { description: "The services", schema: ServiceList } } },
  {
    method: "post", path: "/api/v1/services", tag, summary: "Deploy an image to a compute", body: { schema: createServiceSchema }, errors: [409, 422],
    replies: { 202: { description: "Deployment started; the keys are in this answer only", schema: Service } },
  },
  { method: "get", path: "/api/v1/services/{name}", tag, summary: "One service: state, scoring URI, replicas, simulated latency and log", params: name, replies: { 200: { description: "The service", schema: Service } } },
  { method: "delete", path: "/api/v1/services/{name}", tag, summary: "Free a service's FPGAs and remove it", params: name, replies: { 202: { description: "Removal started", schema: Service } } },
  {
    method: "post", path: "/api/v1/services/{name}/keys/regenerate", tag, summary: "Replace one of a service's two keys", params: name, body: { schema: regenerateKeySchema },
    replies: { 200: { description: "The service, with the new key (shown this once)", schema: Service } },
  },
  {
    method: "post", path: "/api/v1/services/{name}/score", tag, summary: "Score one image on the service (the studio's Test tab): sent on to its scoring URI",
    params: name, query: scoreQuerySchema.omit({ profiles: true }), body: { schema: z.string().describe("The image file (JPEG, PNG, …) as the raw body, or a multipart form with an `image` part"), contentType: "application/octet-stream" },
    errors: [409, 413, 415, 422],
    replies: { 200: { description: "Top-k labels (a detector: boxes), measured timings and the simulated latency; send the service key as x-service-key when it has auth on", schema: ServiceScore } },
  },
  {
    method: "get", path: "/api/v1/services/{name}/latency", tag, summary: "Request rate, error rate and measured and simulated latency percentiles over the last hour, day or week (per-minute rollups)",
    params: name, query: latencyQuerySchema, replies: { 200: { description: "The window's points (1 min, 15 min or 2 h steps) and its overall figures", schema: ServiceLatency } },
  },
];

