// The capacity plan as GET /api/v1/plan returns it. Types only: safe to import from the browser.
import type { Region } from "@/lib/computes/types";
import type { DeviceProfileId, Precision } from "@/lib/fpga/types";

/** One request's FPGA time on the chosen profile: computed by the simulator (lib/fpga), never measured. */
export type PlanDeviceTime = {
  source: "simulated";
  totalMs: number;
  transferInMs: number;
  deviceMs: number;
  weightStreamMs: number;
  /** Layers the converted model runs on the host CPU (its classifier head), as the simulator costs them. */
  hostLayersMs: number;
  transferOutMs: number;
  partitionHandoffMs: number;
};

/** One request's host work on a node, measured by scoring the calibration images on a live worker (means, ms). */
export type PlanHostOverhead = {
  source: "measured";
  meanMs: number;
  p99Ms: number;
  decodeMs: number;
  preprocessMs: number;
  postprocessMs: number;
  /** The hop from the front end (web) to the node and back, HTTP included. */
  transferMs: number;
  /** Reading the request, handing it to the inference thread, writing the answer. */
  otherMs: number;
  /** The model's own CPU time on that node: left out, the FPGA does this work. */
  cpuInferenceMs: number;
  samples: number;
  images: number;
  measuredAt: string;
};

export type PlanQuota = {
  family: "Standard PBS Family vCPUs";
  vcpusNeeded: number;
  regions: { region: Region; limit: number; used: number; free: number; fits: boolean }[];
};

export type CapacityPlanDto = {
  model: { name: string; version: number };
  profile: DeviceProfileId;
  precision: Precision;
  fpgasPerReplica: number;
  target: { rps: number; p99Ms: number };
  queueingModel: { name: "M/G/c"; description: string; sources: string[] };
  /** One replica's service time: measured host overhead plus simulated device time. */
  serviceTime: { meanMs: number; p50Ms: number; p99Ms: number; /** Var/mean² of the samples (Cs²). */ scv: number; device: PlanDeviceTime; host: PlanHostOverhead };
  replicas: number;
  fpgas: number;
  /** Standard_PB6s nodes: one Arria 10 each. */
  nodes: number;
  vcpus: number;
  predicted: {
    utilization: number;
    waitProbability: number;
    meanWaitMs: number;
    p50Ms: number;
    p99Ms: number;
    /** The most req/s these replicas carry at all (utilisation 1). */
    capacityRps: number;
  };
  quota: PlanQuota;
  assumptions: string[];
};
