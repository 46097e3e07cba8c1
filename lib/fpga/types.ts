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
  ddrBandwidthGBps: ProfileParameter;
  ddrEfficiency: ProfileParameter;
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

/** Where a layer's weights come from on each request: pinned on chip, or (some of them) streamed from the board's DDR. */
export type WeightSource = "on-chip" | "ddr";

/**
 * How the model's weights sit on the deployment:
 * - "pinned": one FPGA holds them all on chip;
 * - "streamed": one FPGA, and the weights beyond its on-chip capacity stream from DDR;
 * - "partitioned": the deployment spreads them over several FPGAs (see streamsWeights).
 */
export type WeightPlacement = "pinned" | "streamed" | "partitioned";

export type SimulatedLayer = {
  name: string;
  opType: string;
  placement: Placement;
  unit: ExecutionUnit;
  macs: number;
  /** NPU clock cycles, pipeline fill included; 0 for host and folded layers. */
  cycles: number;
  /** Compute time: cycles over the clock, or the host's time. Weight-stream stalls are in weightStreamMs. */
  ms: number;
  /** This layer's weights at the simulated precision (0 on the host, whose weights stay in host memory). */
  weightBytes: number;
  /** The part of weightBytes fetched from DDR on every request. */
  streamedWeightBytes: number;
  /** null when the layer reads no weights on the FPGA. */
  weightSource: WeightSource | null;
  /** What fetching the streamed weights adds over the compute time: max(0, fetch − ms). */
  weightStreamMs: number;
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
  /** Hand-offs between the FPGAs a deployment spreads the model over: (fpgas − 1) × partitionHandoffUs. */
  partitionHandoffMs: number;
  /** Stalls of the NPU waiting for weights streamed from DDR, over its compute (Σ layers' weightStreamMs). */
  weightStreamMs: number;
  /** MAC-weighted mean of the MVU layers' utilisation. */
  utilization: number;
  /** 2 FLOPs per MAC over the device time, weight-stream stalls included: comparable with
   * Brainwave's published TFLOPS when the weights are pinned. */
  effectiveTflops: number;
  macs: number;
  /** parameterCount × bytes per element: the model's parameters at the simulated precision. */
  weightBytes: number;
  /** Weight bytes one FPGA's on-chip memory can hold. */
  weightCapacityBytes: number;
  /** FPGAs the deployment spreads the model over (the caller's `fpgas`, 1 by default). */
  fpgas: number;
  /** The same as fpgas: kept for readers of the earlier field. */
  partitions: number;
  weightPlacement: WeightPlacement;
  /** True when some weights are fetched from DDR on every request, whatever weightPlacement says. */
  streamsWeights: boolean;
  /** From the layers' own weights (SimulatedLayer.weightBytes): pinned + streamed equals
   * weightBytes unless some initializer is unread, shared, a Constant node's, or a host op's. */
  pinnedWeightBytes: number;
  streamedWeightBytes: number;
  transfers: number;
  layers: SimulatedLayer[];
  placementSummary: PlacementSummary;
  assumptions: string[];
};

export type MsFpFormat = "ms-fp8" | "ms-fp9";
