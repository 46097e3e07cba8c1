// Public types of lib/fpga: the simulated Brainwave-style NPU, its device profiles and
// the simulation it returns. All plain JSON, so pages and route handlers can ship them.

/** Numerics the simulated NPU is told to use. Only transfer and weight bytes depend on it. */
export type Precision = "ms-fp8" | "ms-fp9" | "fp16";

/** One named constant of a device profile: what it is, in which unit, and why we believe it. */
export type ProfileParameter<T = number> = {
  label: string;
  value: T;
  unit: string;
  /** A citation, or "assumption: <why>" when no public source gives the figure. */
  source: string;
};

export type DeviceProfileParameters = {
  tileEngines: ProfileParameter;
  nativeDimension: ProfileParameter;
  lanes: ProfileParameter;
  /** The headline MAC count; tileEngines × nativeDimension × lanes must equal it. */
  macUnits: ProfileParameter;
  clockMhz: ProfileParameter;
  numerics: ProfileParameter<Precision>;
  vectorElementsPerCycle: ProfileParameter;
  mvuFillCycles: ProfileParameter;
  vectorFillCycles: ProfileParameter;
  onChipMemoryMbit: ProfileParameter;
  weightMemoryFraction: ProfileParameter;
  pcieLinkGBps: ProfileParameter;
  pcieEfficiency: ProfileParameter;
  pcieLatencyUs: ProfileParameter;
  partitionHandoffUs: ProfileParameter;
  hostElementsPerSecond: ProfileParameter;
  hostOpOverheadUs: ProfileParameter;
};

export type DeviceProfileId = "stratix10-brainwave" | "arria10-pb6";

export type DeviceProfile = {
  id: DeviceProfileId;
  name: string;
  description: string;
  parameters: DeviceProfileParameters;
};

/**
 * Which part of the machine does a layer's work:
 * - "mvu": the matrix-vector unit (tile engines);
 * - "vector": the multifunction (vector) units, as a chain of its own;
 * - "chained": elementwise work riding the previous NPU chain at no extra cycles;
 * - "folded": shape bookkeeping and layout ops that move no data at run time;
 * - "host": the host CPU.
 */
export type ExecutionUnit = "mvu" | "vector" | "chained" | "folded" | "host";

export type Placement = "npu" | "host";

export type SimulatedLayer = {
  name: string;
  opType: string;
  placement: Placement;
  unit: ExecutionUnit;
  macs: number;
  /** NPU clock cycles, pipeline fill included; 0 for host and folded layers. */
  cycles: number;
  ms: number;
  /** Useful MACs ÷ MAC slots the layer occupies while it streams (fill excluded); null for layers without MACs. */
  utilization: number | null;
};

export type PlacementSummary = {
  npuOps: number;
  hostOps: number;
  foldedOps: number;
  hostOpTypes: string[];
};

export type NpuSimulation = {
  profile: DeviceProfileId;
  precision: Precision;
  totalMs: number;
  deviceMs: number;
  hostMs: number;
  transferInMs: number;
  transferOutMs: number;
  /** Hand-offs between FPGAs when the weights do not fit one device's memory. */
  partitionHandoffMs: number;
  /** MAC-weighted mean of the MVU layers' utilisation. */
  utilization: number;
  /** 2 FLOPs per MAC over the device time: comparable with Brainwave's published TFLOPS. */
  effectiveTflops: number;
  macs: number;
  weightBytes: number;
  weightCapacityBytes: number;
  partitions: number;
  transfers: number;
  layers: SimulatedLayer[];
  placementSummary: PlacementSummary;
  assumptions: string[];
};

export type MsFpFormat = "ms-fp8" | "ms-fp9";
