// The sentences a simulation carries about what it assumed, so the studio can print
// them under the figures: the fixed modelling choices first, then what this graph needed.
import type { DeviceProfile, Precision, SimulatedLayer } from "./types";

const FIXED = [
  "Batch size 1: one request at a time, as the Brainwave NPU is built for.",
  "Layers run one after another in graph order; transfers, NPU work and host work never overlap.",
  "Weights are loaded when the model is deployed and never cross PCIe per request: only activations do.",
  "A weight tile costs nativeDimension / lanes cycles on one tile engine however much of it is padding.",
  "Tiles of successive vectors (conv output pixels, GEMM rows) are spread over all tile engines, as if small weight matrices were copied into every engine.",
  "Elementwise ops fed only by the NPU op just before them ride its instruction chain at no extra cycles; other vector work is a chain of its own.",
  "Shape arithmetic, reshapes, concatenations and dropouts cost nothing at run time.",
  "Precision changes bytes on the PCIe link, in weight memory and from DDR only; the MAC array and clock are the profile's for every precision.",
];

export type DescribeAssumptionsOptions = {
  profile: DeviceProfile;
  precision: Precision;
  layers: SimulatedLayer[];
  untiled: string[];
  unknownTensors: string[];
  /** FPGAs the deployment spreads the model over. */
  fpgas: number;
  /** Weight bytes fetched from DDR on each request (0 when every weight is pinned). */
  streamedWeightBytes: number;
};

export function describeAssumptions(options: DescribeAssumptionsOptions): string[] {
  const { profile, precision, layers, untiled, unknownTensors, fpgas, streamedWeightBytes } = options;
  const notes = [...FIXED];
  if (precision !== profile.parameters.numerics.value) {
    const native = profile.parameters.numerics.value;
    notes.push(`Precision ${precision} differs from the profile's native ${native}; only byte counts follow it.`);
  }
  const hostTypes = [...new Set(layers.filter((l) => l.placement === "host").map((l) => l.opType))].sort();
  if (hostTypes.length > 0) {
    notes.push(`Placed on the host CPU (no NPU unit runs them): ${hostTypes.join(", ")}.`);
  }
  if (untiled.length > 0) {
    notes.push(`MAC layers costed at ideal utilisation, or zero, as their shapes could not be tiled: ${untiled.join(", ")}.`);
  }
  if (unknownTensors.length > 0) {
    const listed = unknownTensors.slice(0, 10).join(", ") + (unknownTensors.length > 10 ? ", …" : "");
    notes.push(`Tensors of unknown size, costed as empty: ${listed}.`);
  }
  if (fpgas > 1) {
    notes.push(
      `The deployment spreads the model over ${fpgas} FPGAs: the weights are cut in graph order into ${fpgas} equal shares, ` +
        `one per FPGA, adding ${fpgas - 1} hand-off(s); layers still run one after another at one FPGA's speed.`,
    );
  }
  if (streamedWeightBytes > 0) {
    const { ddrBandwidthGBps: peak, ddrEfficiency: share } = profile.parameters;
    notes.push(
      `The weights do not all fit on chip: layers are pinned in graph order until the on-chip weight memory is full, and ` +
        `${(streamedWeightBytes / 1e6).toFixed(1)} MB of weights stream from the board's DDR on every request, at ${peak.value} GB/s × ${share.value} ` +
        `= ${(peak.value * share.value).toFixed(2)} GB/s (an assumption: no source gives the board's memory).`,
      "A streaming layer's weight fetch is double-buffered and overlaps its own compute: the layer takes the longer of the two.",
    );
  } else {
    notes.push("Every weight stays pinned in on-chip memory between requests (persistent model).");
  }
  return notes;
}
