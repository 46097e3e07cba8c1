import { localArtifact } from "@/lib/artifacts";
import { regionQuota } from "@/lib/computes/get-quotas";
import { VCPUS_PER_NODE } from "@/lib/computes/schemas";
import { REGIONS } from "@/lib/computes/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { simulateLatency } from "@/lib/fpga";
import { getModelSummary } from "@/lib/scoring/get-model-summary";
import { MAX_REPLICAS } from "@/lib/services/schemas";
import { serviceSetup } from "@/lib/services/service-setup";
import { hostOverheadMs } from "./host-overhead-ms";
import { chooseReplicas } from "./choose-replicas";
import { measureHostOverhead } from "./measure-host-overhead";
import { planQuerySchema } from "./schemas";
import { toCapacityPlanDto } from "./to-capacity-plan-dto";
import type { CapacityPlanDto, PlanQuota } from "./types";

export type PlanCapacityOptions = {
  query: unknown;
  /** The caller's credentials, for the node that measures the host overhead. */
  credentials?: Record<string, string>;
};

/**
 * GET /api/v1/plan: how many replicas — and so FPGAs, Standard_PB6s nodes and PBS vCPUs —
 * carry `rps` with a predicted p99 within `p99Ms`. One replica's service time is the
 * node's measured host overhead (./measure-host-overhead.ts) plus the converted model's
 * simulated FPGA time on the profile (lib/fpga), as the deployment would run it; the
 * queue is M/G/c (./predict-queue.ts). 422 target_unreachable when no count up to a
 * service's MAX_REPLICAS meets the target, saying whether latency or throughput is short.
 */
export async function planCapacity({ query, credentials }: PlanCapacityOptions): Promise<CapacityPlanDto> {
  const request = planQuerySchema.parse(query);
  const model = await db.model.findUnique({ where: { name_version: { name: request.model, version: request.version } }, include: { resultOfConversion: true } });
  if (!model) throw new AppError("model_not_found", `Model ${request.model} has no version ${request.version}.`, { name: request.model, version: request.version });
  if (model.framework !== "accel_onnx") {
    throw new AppError("model_not_converted", `${model.name}:${model.version} is not a converted model (framework "${model.framework}"); the planner needs the FPGA time of its conversion. Convert it first (POST /api/v1/conversions).`, { model: `${model.name}:${model.version}` });
  }
  // The deployment's own simulation: the precision and host-side head of the conversion, its FPGAs per replica.
  const { profile: convertedFor, setup } = serviceSetup({ fpgasPerReplica: request.fpgasPerReplica }, model);
  const profile = request.profile ?? convertedFor;
  const summary = await getModelSummary({ digest: model.digest, path: await localArtifact(model.digest) });
  const device = simulateLatency({ summary, profile, ...setup, isDetector: model.task === "detection" });
  const host = await measureHostOverhead({ model, credentials });
  const serviceMs = host.samples.map((sample) => hostOverheadMs(sample) + device.totalMs);

  const choice = chooseReplicas({ serviceMs, targetRps: request.rps, targetP99Ms: request.p99Ms, maxReplicas: MAX_REPLICAS });
  if (!choice.isFeasible) {
    const floor = choice.floorP99Ms.toFixed(2);
    throw new AppError(
      "target_unreachable",
      choice.reason === "latency"
        ? `No replica count meets p99 ≤ ${request.p99Ms} ms: one request alone takes ${floor} ms at p99 on an idle replica (host overhead + ${device.totalMs.toFixed(2)} ms on the FPGA).`
        : `${MAX_REPLICAS} replicas, the most a service may have, carry at most ${choice.maxRps.toFixed(1)} req/s within p99 ≤ ${request.p99Ms} ms; ${request.rps} req/s needs more. Split the load over several services or relax the target.`,
      { reason: choice.reason, floorP99Ms: choice.floorP99Ms, maxRps: choice.maxRps, maxReplicas: MAX_REPLICAS },
    );
  }
  const replicas = choice.prediction.servers;
  const nodes = replicas * request.fpgasPerReplica;
  return toCapacityPlanDto({
    request,
    model,
    profile,
    convertedFor,
    device,
    host,
    serviceMs,
    prediction: choice.prediction,
    quota: await quotaFor({ vcpusNeeded: nodes * VCPUS_PER_NODE, region: request.region }),
  });
}

/** The PBS vCPUs the plan's nodes need against each region's free quota (lib/computes/get-quotas.ts). */
async function quotaFor(options: { vcpusNeeded: number; region?: (typeof REGIONS)[number] }): Promise<PlanQuota> {
  const regions = options.region ? [options.region] : [...REGIONS];
  const quotas = await Promise.all(regions.map((region) => regionQuota({ region })));
  return {
    family: "Standard PBS Family vCPUs",
    vcpusNeeded: options.vcpusNeeded,
    regions: quotas.map((q) => {
      const free = Math.max(0, q.limit - q.currentValue);
      return { region: q.region, limit: q.limit, used: q.currentValue, free, fits: free >= options.vcpusNeeded };
    }),
  };
}
