import { z } from "zod";
import { DEFAULT_DETECTION_OPTIONS, type DetectionOptions } from "@/lib/detection/select-detections";
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

/** The largest maxDetections a request may ask for (coco-ssd's own default is 20; its graph has 1,917 anchors). */
export const MAX_DETECTIONS_LIMIT = 300;

// A detector's parameters (lib/detection/select-detections.ts); a classifier ignores them.
// Absent ones are left out, so the defaults stay the engine's (DEFAULT_DETECTION_OPTIONS).
// An empty value ("?scoreThreshold=") would coerce to 0, a silent "keep everything": refused instead.
const unitInterval = (what: string) =>
  z.preprocess(
    (value) => (value === "" || value === null ? Number.NaN : value),
    z.coerce.number({ message: `${what} must be a number from 0 to 1.` }).min(0, `${what} must be from 0 to 1.`).max(1, `${what} must be from 0 to 1.`),
  );
export const detectionQueryShape = {
  scoreThreshold: unitInterval("scoreThreshold").optional().describe(`Detectors: keep boxes scoring at least this (default ${DEFAULT_DETECTION_OPTIONS.scoreThreshold})`),
  iouThreshold: unitInterval("iouThreshold").optional().describe(`Detectors: drop a box overlapping a better kept one by more than this intersection-over-union (default ${DEFAULT_DETECTION_OPTIONS.iouThreshold})`),
  maxDetections: z.coerce
    .number({ message: "maxDetections must be a whole number." })
    .int("maxDetections must be a whole number.")
    .min(1, "maxDetections must be at least 1.")
    .max(MAX_DETECTIONS_LIMIT, `maxDetections must be at most ${MAX_DETECTIONS_LIMIT}.`)
    .optional()
    .describe(`Detectors: at most this many boxes (default ${DEFAULT_DETECTION_OPTIONS.maxDetections})`),
  perClass: z
    .enum(["true", "false"], { message: 'perClass is "true" or "false".' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true"))
    .describe(`Detectors: suppress overlaps only within a class (true) or across classes (false, default)`),
};

export const scoreQuerySchema = z.strictObject({
  profiles: profilesSchema,
  topK: z.coerce.number().int().min(1).max(20).default(5),
  ...detectionQueryShape,
});
export type ScoreQuery = z.infer<typeof scoreQuerySchema>;

/** The detection settings a parsed query asked for (only those it gave). */
export function detectionSettingsOf(query: Pick<ScoreQuery, "scoreThreshold" | "iouThreshold" | "maxDetections" | "perClass">): Partial<DetectionOptions> {
  const settings: Partial<DetectionOptions> = {};
  if (query.scoreThreshold !== undefined) settings.scoreThreshold = query.scoreThreshold;
  if (query.iouThreshold !== undefined) settings.iouThreshold = query.iouThreshold;
  if (query.maxDetections !== undefined) settings.maxDetections = query.maxDetections;
  if (query.perClass !== undefined) settings.isPerClass = query.perClass;
  return settings;
}
