import { z } from "zod";
import { isoTimestamp } from "./common";

// The log lines resources carry (lib/logs/types.ts), shared by conversions and images.

/** The levels of the `resource_logs.level` enum (prisma/schema.prisma LogLevel). */
export const logLevelSchema = z.enum(["debug", "info", "warn", "error"]);

/** One line of a resource's log (lib/logs listLogs); a log is oldest first. */
export const logLineSchema = z.object({
  id: z.int().describe("The line's row id in the studio's log table; a later line has a higher id."),
  at: isoTimestamp(),
  level: logLevelSchema,
  message: z.string(),
});
