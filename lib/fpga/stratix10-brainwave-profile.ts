// The ISCA 2018 Brainwave instance on an Intel Stratix 10 280: the published headline
// figures (96,000 MACs, ~250 MHz, ms-fp8) and a tile breakdown that reproduces them.
import { SHARED_PARAMETERS } from "./shared-parameters";
import { CHUNG_MICRO_2018, FOWERS_ISCA_2018, STRATIX10_GX2800_ARK } from "./sources";
import type { DeviceProfile } from "./types";

const BREAKDOWN =
  "6 tile engines × native dimension 400 × 40 lanes, recalled from the ISCA 2018 paper's configuration table and not checked against it here; the product reproduces the published 96,000 MACs";

export const STRATIX10_BRAINWAVE: DeviceProfile = {
  id: "stratix10-brainwave",
  name: "Brainwave NPU on Intel Stratix 10 280 (ISCA 2018)",
  description:
    "The configuration Fowers et al. describe at ISCA 2018: one large FPGA with ~96,000 ms-fp8 MACs, weights pinned in on-chip memory.",
  parameters: {
    tileEngines: {
      label: "Tile engines in the matrix-vector unit",
      value: 6,
      unit: "count",
      source: `assumption: ${BREAKDOWN}`,
    },
    nativeDimension: {
      label: "Native dimension (rows and columns of one weight tile)",
      value: 400,
      unit: "elements",
      source: `assumption: ${BREAKDOWN}`,
    },
    lanes: {
      label: "Lanes per dot-product engine",
      value: 40,
      unit: "MACs per cycle per row",
      source: `assumption: ${BREAKDOWN}; one native tile then takes 400 / 40 = 10 cycles`,
    },
    macUnits: { label: "Multiply-accumulate units", value: 96_000, unit: "MACs", source: FOWERS_ISCA_2018 },
    clockMhz: { label: "NPU clock", value: 250, unit: "MHz", source: FOWERS_ISCA_2018 },
    numerics: { label: "Native numerics", value: "ms-fp8", unit: "format", source: `${FOWERS_ISCA_2018}; ${CHUNG_MICRO_2018}` },
    vectorElementsPerCycle: {
      label: "Multifunction (vector) unit throughput",
      value: 240,
      unit: "elements/cycle",
      source:
        "assumption: the multifunction units are sized to keep pace with the MVU, whose output is at most tile engines × lanes = 6 × 40 elements per cycle",
    },
    onChipMemoryMbit: { label: "On-chip memory", value: 244, unit: "Mbit", source: STRATIX10_GX2800_ARK },
    ...SHARED_PARAMETERS,
  },
};
