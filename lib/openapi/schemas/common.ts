import { z } from "zod";

// Pieces every response schema of this folder shares. These schemas describe what the
// API sends (for the OpenAPI document); they validate nothing on the way in, so they stay
// plain zod — no transforms or refinements, which zod-to-openapi cannot render.

/** A timestamp as the DTO builders write it (`Date#toISOString()`). */
export function isoTimestamp(description?: string) {
  return z.string().describe(description ? `${description} (ISO 8601)` : "ISO 8601");
}

/** A model version named by its name and number, as DTOs link one. */
export const modelRefSchema = z.object({
  name: z.string(),
  version: z.int(),
});
