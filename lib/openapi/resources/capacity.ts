import { z } from "zod";
import type { CapacityPlanDto } from "@/lib/capacity/types";
import { REGIONS } from "@/lib/computes/types";
import { deviceProfileIdSchema, precisionSchema } from "@/lib/fpga/schemas";

// The capacity plan (lib/capacity/types.ts), GET /api/v1/plan.

const ms = (description: string) => z.number().describe(`${description}, ms`);

const deviceTimeSchema = z
  .object({
    source: z.literal("simulated"),
    totalMs: ms("All of it"),
    transferInMs: ms("Input over PCIe"),
    deviceMs: ms("The NPU's compute"),
    weightStreamMs: ms("Stalls on weights streamed from DDR"),
    hostLayersMs: ms("Layers the converted model runs on the host CPU (its classifier head), as simulated"),
    transferOutMs: ms("Output over PCIe"),
    partitionHandoffMs: ms("Hand-offs between the FPGAs of one replica"),
  })
  .describe("One request's FPGA time on the profile, computed by the simulator, never measured");

const hostOverheadSchema = z
  .object({
    source: z.literal("measured"),
    meanMs: ms("Mean host overhead"),
    p99Ms: ms("99th percentile of the host overhead"),
    decodeMs: ms("Mean image decode"),
    preprocessMs: ms("Mean resize, crop and normalisation"),
    postprocessMs: ms("Mean softmax and top-k"),
    transferMs: ms("Mean hop from the front end to the node and back"),
    otherMs: ms("Mean of the rest: reading the request, the inference thread's hand-off, the answer"),
    cpuInferenceMs: ms("Mean CPU inference on the node, left out (the FPGA does this work)"),
    samples: z.int(),
    images: z.int(),
    measuredAt: z.string(),
  })
  .describe("One request's host work, measured by scoring the calibration images one at a time on a live node");

export const capacityPlanSchema = z.object({
  model: z.object({ name: z.string(), version: z.int() }),
  profile: deviceProfileIdSchema,
  precision: precisionSchema,
  fpgasPerReplica: z.int(),
  target: z.object({ rps: z.number(), p99Ms: z.number() }),
  queueingModel: z.object({ name: z.literal("M/G/c"), description: z.string(), sources: z.array(z.string()) }),
  serviceTime: z
    .object({ meanMs: z.number(), p50Ms: z.number(), p99Ms: z.number(), scv: z.number().describe("Var/mean² of the service time (Cs²)"), device: deviceTimeSchema, host: hostOverheadSchema })
    .describe("One replica's service time: measured host overhead plus simulated FPGA time"),
  replicas: z.int().describe("The fewest replicas meeting both targets"),
  fpgas: z.int().describe("replicas × fpgasPerReplica"),
  nodes: z.int().describe("Standard_PB6s nodes, one Arria 10 each"),
  vcpus: z.int().describe("nodes × 6, against the Standard PBS Family vCPUs quota"),
  predicted: z.object({
    utilization: z.number().describe("0..1, each replica's busy share"),
    waitProbability: z.number().describe("P(a request waits): Erlang C"),
    meanWaitMs: z.number(),
    p50Ms: z.number(),
    p99Ms: z.number(),
    capacityRps: z.number().describe("The most req/s these replicas carry at all (utilisation 1)"),
  }),
  quota: z.object({
    family: z.literal("Standard PBS Family vCPUs"),
    vcpusNeeded: z.int(),
    regions: z.array(z.object({ region: z.enum(REGIONS), limit: z.int(), used: z.int(), free: z.int(), fits: z.boolean() })),
  }),
  assumptions: z.array(z.string()),
});

// Compile-time: the schema and the DTO describe the same values (as ../schemas/dto-type-checks.ts does for the others).
const _plan: z.infer<typeof capacityPlanSchema> = {} as CapacityPlanDto;
const _planBack: CapacityPlanDto = {} as z.infer<typeof capacityPlanSchema>;
void _plan;
void _planBack;
