// Public surface of lib/fpga: the simulated Brainwave-style NPU (device profiles, latency
// simulation) and the ms-fp block floating-point format. See docs/fpga-simulator.md.
export { DEVICE_PROFILES, DEVICE_PROFILE_IDS, getDeviceProfile, type GetDeviceProfileOptions } from "./device-profiles";
export { simulateLatency, type SimulateLatencyOptions } from "./simulate-latency";
export type { SimulatedGraph, SimulatedLayerInput } from "./plan-graph";
export { mapMvuLayer, type MvuMapping, type MapMvuLayerOptions } from "./map-mvu-layer";
export { pcieTransferMs, type PcieTransferMsOptions } from "./pcie-transfer-ms";
export { ddrFetchMs, type DdrFetchMsOptions } from "./ddr-fetch-ms";
export { placeWeights, type PlaceWeightsOptions, type LayerWeights } from "./place-weights";
export { classifyOp, type OpClass } from "./classify-op";
export { BYTES_PER_ELEMENT } from "./precision";
export {
  quantizeMsFp,
  msFpErrorBound,
  type QuantizeMsFpOptions,
  type MsFpQuantization,
  type MsFpErrorBoundOptions,
} from "./ms-fp";
export { deviceProfileIdSchema, precisionSchema, simulationChoiceSchema, type SimulationChoice } from "./schemas";
export type * from "./types";
