// The sentences a simulation carries about what it assumed, so the studio can print
// them under the figures: the fixed modelling choices first, then what this graph needed.
import type { DeviceProfile, Precision, SimulatedLayer } from "./types";

const FIXED = [
  "Batch size 1: one request at a time, as the Brainwave NPU is built for.",
  "Layers run one after another in graph order; transfers, NPU work and host work never overlap.",
  "Weights stay in on-chip memory between requests (persistent model): only activations cross PCIe.",
  "A weight tile costs nativeDimension / lanes cycles on one tile engine however much of it is padding.",
  "Tiles of successive vectors (conv output pixels, GEMM rows) are spread over all tile engines, as if small weight matrices were copied into every engine.",
  "Elementwise ops fed only by the NPU op just before them ride its instruction chain at no extra cycles; other vector work is a chain of its own.",
  "Shape arithmetic, reshapes, concatenations and dropouts cost nothing at run time.",
  "Precision changes bytes on the PCIe link and in weight memory only; the MAC array and clock are the profile's for every precision.",
];

export type DescribeAssumptionsOptions = {
  profile: DeviceProfile;
  precision: Precision;
  layers: SimulatedLayer[];
  untiled: string[];
  unknownTensors: string[];
  partitions: number;
};

export function describeAssumptions(options: DescribeAssumptionsOptions): string[] {
  const { profile, precision, layers, untiled, unknownTensors, partitions } = options;
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
  if (partitions > 1) {
    notes.push(
      `The weights exceed the weight memory of one ${profile.name}: the model would be partitioned ` +
        `across ${partitions} FPGAs, adding ${partitions - 1} hand-off(s).`,
    );
  }
  return notes;
}
