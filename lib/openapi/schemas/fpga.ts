import { z } from "zod";

// The simulated device profiles (lib/fpga/types.ts DeviceProfile):
//   GET /api/v1/fpga/profiles → 200 deviceProfileListSchema

export const profileIdSchema = z.enum(["stratix10-brainwave", "arria10-pb6"]);

/** Numerics the simulated NPU is told to use (lib/fpga Precision). */
export const npuPrecisionSchema = z.enum(["ms-fp8", "ms-fp9", "fp16"]);

const parameterFields = {
  label: z.string(),
  unit: z.string(),
  source: z.string().describe('A citation, or "assumption: <why>" when no public source gives the figure.'),
};

/** One named constant of a device profile: what it is, in which unit, and why we believe it. */
export const profileParameterSchema = z.object({ ...parameterFields, value: z.number() });

const numericsParameterSchema = z.object({ ...parameterFields, value: npuPrecisionSchema });

export const deviceProfileSchema = z.object({
  id: profileIdSchema,
  name: z.string(),
  description: z.string(),
  parameters: z.object({
    tileEngines: profileParameterSchema,
    nativeDimension: profileParameterSchema,
    lanes: profileParameterSchema,
    macUnits: profileParameterSchema.describe("The headline MAC count; tileEngines × nativeDimension × lanes equals it."),
    clockMhz: profileParameterSchema,
    numerics: numericsParameterSchema.describe("The profile's native numerics."),
    vectorElementsPerCycle: profileParameterSchema,
    mvuFillCycles: profileParameterSchema,
    vectorFillCycles: profileParameterSchema,
    onChipMemoryMbit: profileParameterSchema,
    weightMemoryFraction: profileParameterSchema,
    pcieLinkGBps: profileParameterSchema,
    pcieEfficiency: profileParameterSchema,
    pcieLatencyUs: profileParameterSchema,
    partitionHandoffUs: profileParameterSchema,
    ddrBandwidthGBps: profileParameterSchema,
    ddrEfficiency: profileParameterSchema,
    hostElementsPerSecond: profileParameterSchema,
    hostOpOverheadUs: profileParameterSchema,
  }),
});

/** GET /api/v1/fpga/profiles → 200. */
export const deviceProfileListSchema = z.object({ items: z.array(deviceProfileSchema) });
