import type { DeviceProfileId, NpuSimulation } from "@/lib/fpga";
import { hostOverheadMs } from "./host-overhead-ms";
import type { HostCalibration } from "./measure-host-overhead";
import { moments } from "./moments";
import { predictQueue, type QueuePrediction } from "./predict-queue";
import type { PlanQuery } from "./schemas";
import { ALLEN_CUNNEEN, AZURE_AKS_REPLICA_CONCURRENCY, GROSS_HARRIS_MMC } from "./sources";
import type { CapacityPlanDto, PlanHostOverhead, PlanQuota } from "./types";

const QUEUEING_MODEL = {
  name: "M/G/c" as const,
  description:
    "Poisson arrivals, one FIFO queue in front of c replicas that each serve one request at a time. Mean wait by the Allen–Cunneen approximation (Erlang C × (Ca² + Cs²)/2, Ca² = 1); waits beyond zero taken as exponential with that mean; response time = wait + a service time drawn from the measured samples.",
  sources: [ALLEN_CUNNEEN, GROSS_HARRIS_MMC, AZURE_AKS_REPLICA_CONCURRENCY],
};

export type ToCapacityPlanDtoOptions = {
  request: PlanQuery;
  model: { name: string; version: number };
  profile: DeviceProfileId;
  convertedFor: DeviceProfileId;
  device: NpuSimulation;
  host: HostCalibration;
  serviceMs: number[];
  prediction: QueuePrediction;
  quota: PlanQuota;
};

export function toCapacityPlanDto(options: ToCapacityPlanDtoOptions): CapacityPlanDto {
  const { request, device, prediction, serviceMs } = options;
  const { mean, scv } = moments(serviceMs);
  const idle = predictQueue({ servers: 1, arrivalRps: 1e-9, serviceMs });
  const replicas = prediction.servers;
  const fpgas = replicas * request.fpgasPerReplica;
  return {
    model: { name: options.model.name, version: options.model.version },
    profile: options.profile,
    precision: device.precision,
    fpgasPerReplica: request.fpgasPerReplica,
    target: { rps: request.rps, p99Ms: request.p99Ms },
    queueingModel: QUEUEING_MODEL,
    serviceTime: {
      meanMs: mean,
      p50Ms: idle.p50Ms!,
      p99Ms: idle.p99Ms!,
      scv,
      device: {
        source: "simulated",
        totalMs: device.totalMs,
        transferInMs: device.transferInMs,
        deviceMs: device.deviceMs,
        weightStreamMs: device.weightStreamMs,
        hostLayersMs: device.hostMs,
        transferOutMs: device.transferOutMs,
        partitionHandoffMs: device.partitionHandoffMs,
      },
      host: toHostOverhead(options.host),
    },
    replicas,
    fpgas,
    nodes: fpgas,
    vcpus: options.quota.vcpusNeeded,
    predicted: {
      utilization: prediction.utilization,
      waitProbability: prediction.waitProbability,
      meanWaitMs: prediction.meanWaitMs!,
      p50Ms: prediction.p50Ms!,
      p99Ms: prediction.p99Ms!,
      capacityRps: (replicas * 1000) / mean,
    },
    quota: options.quota,
    assumptions: assumptionsOf(options),
  };
}

function toHostOverhead(host: HostCalibration): PlanHostOverhead {
  const mean = (pick: (s: HostCalibration["samples"][number]) => number) => host.samples.reduce((sum, s) => sum + pick(s), 0) / host.samples.length;
  const overheads = host.samples.map(hostOverheadMs);
  return {
    source: "measured",
    meanMs: mean(hostOverheadMs),
    p99Ms: predictQueue({ servers: 1, arrivalRps: 1e-9, serviceMs: overheads }).p99Ms!,
    decodeMs: mean((s) => s.timings.decodeMs),
    preprocessMs: mean((s) => s.timings.preprocessMs),
    postprocessMs: mean((s) => s.timings.postprocessMs),
    transferMs: mean((s) => Math.max(0, s.wallMs - s.timings.serverMs)),
    otherMs: mean((s) => Math.max(0, s.timings.serverMs - s.timings.decodeMs - s.timings.preprocessMs - s.timings.inferenceMs - s.timings.postprocessMs - s.timings.simulateMs)),
    cpuInferenceMs: mean((s) => s.timings.inferenceMs),
    samples: host.samples.length,
    images: host.images,
    measuredAt: host.measuredAt,
  };
}

function assumptionsOf({ profile, convertedFor, host }: ToCapacityPlanDtoOptions): string[] {
  return [
    "Each replica serves one request at a time, taken from one FIFO queue at the service's front end (Azure's AKS default, replica_max_concurrent_requests = 1).",
    "Requests arrive as a Poisson stream; burstier traffic waits longer than predicted.",
    "Batch size 1, the FPGA design's and a deployment's default; dynamic batching changes the service time and is not modelled.",
    `Host overhead measured on a live node at ${host.measuredAt}: ${host.samples.length} requests over ${host.images} calibration images, one at a time, under whatever load the node had.`,
    "FPGA time is simulated (lib/fpga), not measured; the node's CPU inference time is left out because the FPGA replaces it.",
    "One Arria 10 per Standard_PB6s node, so nodes = FPGAs; each node takes 6 vCPUs of the region's Standard PBS Family quota.",
    ...(profile !== convertedFor ? [`The model was converted for ${convertedFor}; its FPGA time here is simulated on ${profile}, as asked.`] : []),
    ...(profile !== "arria10-pb6" ? [`Standard_PB6s nodes carry an Arria 10; the node and quota figures assume one ${profile} per node all the same.`] : []),
  ];
}
