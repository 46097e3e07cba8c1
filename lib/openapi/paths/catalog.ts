import { z } from "zod";
import { CatalogList, Pull, PullWithLog } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Catalog";

export const catalogPaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/catalog", tag, summary: "The built-in models, with what is registered and the last pull", replies: { 200: { description: "The catalog", schema: CatalogList } } },
  { method: "post", path: "/api/v1/catalog/{id}/pull", tag, summary: "Download a catalog model (mirror first), verify it and register it", params: { id: z.string() }, replies: { 202: { description: "The pull (a new one, or the one already running)", schema: Pull } } },
  { method: "get", path: "/api/v1/pulls/{id}", tag, summary: "Progress, state and log of a catalog download", params: { id: z.string() }, replies: { 200: { description: "The pull", schema: PullWithLog } } },
];
