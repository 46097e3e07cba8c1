import type { z } from "zod";

/** What is wrong with a value, in the server's own words (its zod schema), or null when the API would take it. */
export function schemaProblem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "Not valid.");
}
