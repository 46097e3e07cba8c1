import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import type { DeviceProfile } from "@/lib/fpga/types";

export const fpgaKeys = {
  all: ["fpga"] as const,
  profiles: () => [...fpgaKeys.all, "profiles"] as const,
};

/** The simulated device profiles; data that changes only with a deploy, so never stale. */
export function fpgaProfilesOptions() {
  return queryOptions({
    queryKey: fpgaKeys.profiles(),
    queryFn: () => fetchJson<{ items: DeviceProfile[] }>("/api/v1/fpga/profiles"),
    staleTime: Infinity,
  });
}

/** Peak TFLOPS of a profile: MAC units × 2 FLOPs × clock. */
export function peakTflops(profile: DeviceProfile): number {
  const { macUnits, clockMhz } = profile.parameters;
  return (macUnits.value * 2 * clockMhz.value * 1e6) / 1e12;
}
