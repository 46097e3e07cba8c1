import { z } from "zod";
import { isoTimestamp, modelRefSchema } from "./common";
import { logLevelSchema } from "./logs";

// A download of a catalog model (lib/pulls/to-pull-dto.ts).
// POST /api/v1/catalog/{id}/pull answers 202 with pullSchema; GET /api/v1/pulls/{id}
// answers 200 with pullWithLogSchema.

/** The `model_pulls.state` enum (prisma/schema.prisma PullState); PullDto types it as a string. */
export const pullStateSchema = z.enum(["Queued", "Running", "Succeeded", "Failed"]);

export const pullSchema = z.object({
  id: z.string().describe("UUID"),
  catalogId: z.string().describe("The catalog entry being downloaded (GET /api/v1/catalog)."),
  state: pullStateSchema,
  bytesDone: z.int(),
  bytesTotal: z.int(),
  progress: z.number().describe("0..1, for progress bars; 1 once Succeeded."),
  source: z.string().nullable().describe("Where the file is read from: a mirror file path or a download URL; null until a source starts."),
  error: z.string().nullable().describe("Why the last attempt failed; a Queued pull waiting for a retry keeps it too."),
  model: modelRefSchema.nullable().describe("The model version the pull registered, once Succeeded."),
  createdAt: isoTimestamp(),
  finishedAt: isoTimestamp().nullable(),
  links: z.object({ self: z.string() }),
});

/**
 * GET /api/v1/pulls/{id}: the pull plus its log. Not the `log` of conversions and images:
 * the key is `logs`, and its lines carry no id (lib/pulls/get-model-pull.ts).
 */
export const pullWithLogSchema = pullSchema.extend({
  logs: z
    .array(z.object({ at: isoTimestamp(), level: logLevelSchema, message: z.string() }))
    .describe("The pull's log, oldest first (at most 200 lines)."),
});
