// Time to fetch weights from the board's DDR: bytes over the usable share of its bandwidth.
// No fixed cost per fetch: the NPU reads a streaming layer's weight tiles into a double
// buffer, loading the next tiles while the current ones multiply, so the fetch runs
// alongside the layer's compute and the layer takes max(compute, fetch) (an assumption:
// no Brainwave source describes weight streaming; the simulation lists it).
import type { DeviceProfile } from "./types";

export type DdrFetchMsOptions = { bytes: number; profile: DeviceProfile };

export function ddrFetchMs({ bytes, profile }: DdrFetchMsOptions): number {
  const { ddrBandwidthGBps, ddrEfficiency } = profile.parameters;
  return bytes / ((ddrBandwidthGBps.value * 1e9 * ddrEfficiency.value) / 1000);
}
