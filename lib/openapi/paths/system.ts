import { z } from "zod";
import { DeviceProfileList, Health } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "System";

export const systemPaths: RouteSpec[] = [
  {
    method: "get", path: "/api/v1/health", tag, summary: "Database, migrations, workers and job queue",
    replies: { 200: { description: "Up or degraded", schema: Health }, 503: { description: "Down: the same body, status \"down\"", schema: Health } },
  },
  { method: "get", path: "/api/v1/fpga/profiles", tag, summary: "The simulated device profiles, every parameter with its source", replies: { 200: { description: "The profiles", schema: DeviceProfileList } } },
  { method: "get", path: "/api/v1/openapi.json", tag, summary: "This document", replies: { 200: { description: "The OpenAPI 3.1 document", schema: z.record(z.string(), z.unknown()) } } },
];
