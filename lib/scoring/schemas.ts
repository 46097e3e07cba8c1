import { z } from "zod";
import { DEVICE_PROFILE_IDS, type DeviceProfileId } from "@/lib/fpga";

// The query of a score request, the same on every surface that scores an image.

/** `profiles=a,b`: the simulated devices to report; all of them when absent. */
const profilesSchema = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return [...DEVICE_PROFILE_IDS];
    const ids = value.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !(DEVICE_PROFILE_IDS as readonly string[]).includes(id));
    if (unknown.length) {
      ctx.addIssue({ code: "custom", message: `Unknown device profile ${unknown.join(", ")}; choose from ${DEVICE_PROFILE_IDS.join(", ")}.` });
      return z.NEVER;
    }
    return ids as DeviceProfileId[];
  });

export const scoreQuerySchema = z.strictObject({
  profiles: profilesSchema,
  topK: z.coerce.number().int().min(1).max(20).default(5),
});
export type ScoreQuery = z.infer<typeof scoreQuerySchema>;
