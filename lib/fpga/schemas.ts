// zod schemas for choosing a simulation from a request: which profile, which numerics.
import { z } from "zod";

export const deviceProfileIdSchema = z.enum(["stratix10-brainwave", "arria10-pb6"]);
export const precisionSchema = z.enum(["ms-fp8", "ms-fp9", "fp16"]);

export const simulationChoiceSchema = z.object({
  profile: deviceProfileIdSchema.default("arria10-pb6"),
  precision: precisionSchema.optional(),
});

export type SimulationChoice = z.infer<typeof simulationChoiceSchema>;
