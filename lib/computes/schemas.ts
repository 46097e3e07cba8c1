import { z } from "zod";
import { REGIONS } from "./types";

// Azure ML compute names: 2–16 characters, letters, digits and '-', starting with a letter;
// Accel Studio keeps names lowercase, as it does for models.
export const computeNameSchema = z.string().regex(/^[a-z][a-z0-9-]{1,15}$/, "Compute names are 2–16 lowercase letters, digits and '-', starting with a letter.");

/** The one VM size with an FPGA Azure ML deployed Brainwave models to: 6 vCPUs and one Arria 10. */
export const PB6_VM_SIZE = "Standard_PB6s";
export const VCPUS_PER_NODE = 6;
export const MAX_AGENT_COUNT = 16;

export const createComputeSchema = z.strictObject({
  name: computeNameSchema,
  vmSize: z.literal(PB6_VM_SIZE, { message: `Only ${PB6_VM_SIZE} (6 vCPUs, one Intel Arria 10 FPGA) can host accelerated models.` }).default(PB6_VM_SIZE),
  agentCount: z.int().min(1).max(MAX_AGENT_COUNT).default(1),
  region: z.enum(REGIONS, { message: `Region must be one of ${REGIONS.join(", ")}.` }).default("eastus"),
});
export type CreateComputeInput = z.infer<typeof createComputeSchema>;

export const quotaQuerySchema = z.object({ region: z.enum(REGIONS, { message: `Region must be one of ${REGIONS.join(", ")}.` }).optional() });
