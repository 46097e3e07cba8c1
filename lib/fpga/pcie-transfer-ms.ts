// Time to move one tensor across the host–FPGA PCIe link: a fixed per-transfer cost
// (DMA setup, doorbell, completion) plus bytes over the usable share of the link.
import type { DeviceProfile } from "./types";

export type PcieTransferMsOptions = { bytes: number; profile: DeviceProfile };

export function pcieTransferMs({ bytes, profile }: PcieTransferMsOptions): number {
  const { pcieLatencyUs, pcieLinkGBps, pcieEfficiency } = profile.parameters;
  const bytesPerMs = pcieLinkGBps.value * 1e9 * pcieEfficiency.value / 1000;
  return pcieLatencyUs.value / 1000 + bytes / bytesPerMs;
}
