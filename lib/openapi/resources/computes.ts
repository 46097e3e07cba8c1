import { z } from "zod";
import { REGIONS } from "@/lib/computes/types";
import { logLineSchema } from "../schemas/logs";

// FPGA computes and the region quota (lib/computes/types.ts).

const computeNodeSchema = z.object({
  name: z.string(),
  worker: z.object({ id: z.string(), hostname: z.string(), isLive: z.boolean() }).nullable().describe("The worker process hosting this node's simulated FPGA; null when none is live"),
  fpga: z.literal("Arria 10 GX 1150"),
  state: z.enum(["Idle", "Reflashing", "Ready"]).describe("Reflashing: loading a model (it answers UNAVAILABLE meanwhile)"),
  loadedDigest: z.string().nullable(),
  service: z.string().nullable(),
  replica: z.object({ index: z.int(), ready: z.boolean().describe("Its model is loaded and it takes requests (false while the deploy or the autoscaler is loading it)") }).nullable().describe("The service replica this node's FPGA runs; null when free"),
});

export const computeSchema = z.object({
  id: z.string(),
  name: z.string(),
  vmSize: z.string(),
  agentCount: z.int(),
  region: z.enum(REGIONS),
  vcpus: z.int(),
  state: z.enum(["Creating", "Succeeded", "Failed", "Deleting"]),
  progress: z.number().describe("0..1"),
  nodes: z.array(computeNodeSchema),
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
  services: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  log: z.array(logLineSchema).optional().describe("Only on GET /api/v1/computes/{name}"),
  links: z.object({ self: z.string() }),
});

export const computeListSchema = z.object({ items: z.array(computeSchema) });

const quotaSchema = z.object({ region: z.enum(REGIONS), name: z.literal("Standard PBS Family vCPUs"), currentValue: z.int(), limit: z.int(), unit: z.literal("vCPUs") });
export const quotaListSchema = z.object({ items: z.array(quotaSchema) });
