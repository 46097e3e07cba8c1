// Parameters both profiles share: the PCIe link, the board's DDR, the host CPU and the NPU
// pipeline depths. They are assumptions or link-spec arithmetic, not per-device measurements.
import { DDR4_2400_CHANNEL, HOT_CHIPS_2017_NOTES, PCIE_GEN3 } from "./sources";
import type { DeviceProfileParameters } from "./types";

type SharedKeys =
  | "vectorFillCycles" | "mvuFillCycles" | "weightMemoryFraction" | "pcieLinkGBps" | "pcieEfficiency"
  | "pcieLatencyUs" | "partitionHandoffUs" | "ddrBandwidthGBps" | "ddrEfficiency" | "hostElementsPerSecond"
  | "hostOpOverheadUs";

export const SHARED_PARAMETERS: Pick<DeviceProfileParameters, SharedKeys> = {
  mvuFillCycles: {
    label: "MVU chain pipeline fill",
    value: 100,
    unit: "cycles per layer",
    source:
      "assumption: no published figure; a dependent chain waits for the dot-product and accumulation trees and the multifunction units to drain. Brainwave's published batch-1 throughput on large RNNs, 35.9–39.5 TFLOPS of a 48 TFLOPS peak (96,000 MACs × 2 × 250 MHz), leaves room for ~100 cycles on chains of ~500–1,000 cycles",
  },
  vectorFillCycles: {
    label: "Vector-only chain pipeline fill",
    value: 25,
    unit: "cycles per layer",
    source: "assumption: a chain that skips the MVU only crosses the multifunction units, taken as a quarter of the MVU fill",
  },
  weightMemoryFraction: {
    label: "Share of on-chip memory that can hold weights",
    value: 0.75,
    unit: "fraction",
    source:
      "assumption: the rest holds vector register files, instruction buffers and activations; Brainwave pins weights on chip (Chung et al. 2018) but no split is published",
  },
  pcieLinkGBps: { label: "PCIe Gen3 x8 link bandwidth", value: 7.88, unit: "GB/s per direction", source: PCIE_GEN3 },
  pcieEfficiency: {
    label: "Usable share of the PCIe link",
    value: 0.8,
    unit: "fraction",
    source: "assumption: TLP/DLLP headers on 256-byte payloads cost ~9%, DMA descriptors and flow control the rest",
  },
  pcieLatencyUs: {
    label: "Fixed cost per PCIe transfer",
    value: 2,
    unit: "µs",
    source: "assumption: DMA descriptor setup, doorbell write and completion poll; a PCIe round trip alone is ~1 µs",
  },
  partitionHandoffUs: {
    label: "Hand-off between FPGAs of a partitioned model",
    value: 10,
    unit: "µs per hand-off",
    source: `assumption, order of magnitude from ${HOT_CHIPS_2017_NOTES}`,
  },
  ddrBandwidthGBps: {
    label: "Board DDR bandwidth for streaming weights (peak)",
    value: 19.2,
    unit: "GB/s",
    source: `assumption: no public source gives the memory of the PB6 board (or of the ISCA 2018 Stratix 10 board); taken as one 64-bit DDR4-2400 channel serving the NPU's weight reads, ${DDR4_2400_CHANNEL}`,
  },
  ddrEfficiency: {
    label: "Usable share of the DDR bandwidth",
    value: 0.8,
    unit: "fraction",
    source:
      "assumption: refresh, row activations and controller scheduling take a share of the peak even on long sequential reads; 0.8 is a round figure, not a measurement of the board",
  },
  hostElementsPerSecond: {
    label: "Host CPU throughput on ops the NPU lacks",
    value: 1e9,
    unit: "elements/s",
    source:
      "assumption: one host core streaming float32 through a simple kernel (Softmax: exp, sum, divide) at ~1 element/ns; ops are not spread over the VM's vCPUs",
  },
  hostOpOverheadUs: {
    label: "Host dispatch cost per op",
    value: 5,
    unit: "µs per op",
    source: "assumption: runtime op launch and cache-cold buffers on the host",
  },
};
