import type { Conversion, Model, Service } from "@/lib/db";
import { DEVICE_PROFILE_IDS, type DeviceProfileId, type Precision } from "@/lib/fpga";
import type { SimulationSetup } from "@/lib/scoring/simulate-model";
import type { ConversionReport } from "@/lib/conversions/types";

/** How a service runs its model on the NPU: the profile and precision it was converted for, its host-side head, its FPGAs per replica. */
export function serviceSetup(service: Pick<Service, "fpgasPerReplica">, model: Model & { resultOfConversion: Conversion | null }): { profile: DeviceProfileId; setup: SimulationSetup } {
  const conversion = model.resultOfConversion;
  const profile = (DEVICE_PROFILE_IDS as string[]).includes(conversion?.deviceProfile ?? "") ? (conversion!.deviceProfile as DeviceProfileId) : "arria10-pb6";
  const precision = conversion ? conversion.precision.replace("_", "-") : "fp16";
  const report = conversion?.accuracyReport as ConversionReport | null | undefined;
  return {
    profile,
    setup: {
      // The NPU has no fp32: an fp32 "conversion" runs at its widest format.
      precision: (precision === "fp32" ? "fp16" : precision) as Precision,
      hostLayers: report?.split.hostLayers ?? [],
      fpgas: service.fpgasPerReplica,
    },
  };
}
