// The Azure PB6 VM's Intel Arria 10 GX 1150 running a Brainwave NPU. Azure never published
// this bitstream's shape, so the tile breakdown scales the Stratix 10 design by DSP count.
import { SHARED_PARAMETERS } from "./shared-parameters";
import { ARRIA10_DSP_RESOURCES, ARRIA10_M20K, AZURE_PB6 } from "./sources";
import type { DeviceProfile } from "./types";

const SCALING =
  "the Stratix 10 instance gets 96,000 / 5,760 ≈ 16.7 MACs per DSP block; at that density the Arria 10 GX 1150's 1,518 DSP blocks give ~25,300 MACs";

export const ARRIA10_PB6: DeviceProfile = {
  id: "arria10-pb6",
  name: "Brainwave NPU on Intel Arria 10 GX 1150 (Azure PB6)",
  description:
    "The FPGA behind Azure's Standard_PB6s VM: a smaller, older part than the ISCA Stratix 10, with a smaller native dimension.",
  parameters: {
    tileEngines: {
      label: "Tile engines in the matrix-vector unit",
      value: 6,
      unit: "count",
      source: "assumption: same engine count as the Stratix 10 design, only the tiles shrink",
    },
    nativeDimension: {
      label: "Native dimension (rows and columns of one weight tile)",
      value: 128,
      unit: "elements",
      source: `assumption: ${SCALING}; 6 × 128 × 32 = 24,576 is the nearest power-of-two breakdown`,
    },
    lanes: {
      label: "Lanes per dot-product engine",
      value: 32,
      unit: "MACs per cycle per row",
      source: `assumption: ${SCALING}; one native tile then takes 128 / 32 = 4 cycles`,
    },
    macUnits: {
      label: "Multiply-accumulate units",
      value: 24_576,
      unit: "MACs",
      source: `assumption: ${SCALING} (DSP count: ${ARRIA10_DSP_RESOURCES})`,
    },
    clockMhz: {
      label: "NPU clock",
      value: 300,
      unit: "MHz",
      source: "assumption: ~300 MHz, plausible for a deeply pipelined soft processor on Arria 10; no figure is published for the PB6 bitstream",
    },
    numerics: { label: "Native numerics", value: "ms-fp8", unit: "format", source: `assumption: same narrow block floating point as the Stratix 10 design; ${AZURE_PB6}` },
    vectorElementsPerCycle: {
      label: "Multifunction (vector) unit throughput",
      value: 192,
      unit: "elements/cycle",
      source: "assumption: sized to the MVU's output rate, tile engines × lanes = 6 × 32 elements per cycle",
    },
    onChipMemoryMbit: { label: "On-chip memory", value: 53, unit: "Mbit", source: ARRIA10_M20K },
    ...SHARED_PARAMETERS,
  },
};
