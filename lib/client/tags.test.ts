import { describe, expect, it } from "vitest";
import { tagsSchema } from "@/lib/models/schemas";
import { parseTags } from "./tags";

// The studio's tag box and the API accept exactly the same tags: both use tagsSchema's parts.
describe("parseTags", () => {
  it.each([
    ["team=vision, stage=dev", { team: "vision", stage: "dev" }],
    ["bare", { bare: "" }],
  ])("reads %j as the API would store it", (text, tags) => {
    const parsed = parseTags(text);
    expect(parsed).toEqual({ tags, error: null });
    expect(tagsSchema.parse(parsed.tags)).toEqual(tags);
  });

  it.each([
    ["has space=1", /not a valid tag key/],
    [`team=${"x".repeat(257)}`, /at most 256 characters/],
    ["team=a\u0000b", /NUL/],
  ])("refuses %j, as the API does", (text, message) => {
    const parsed = parseTags(text);
    expect(parsed.error).toMatch(message);
    const at = text.indexOf("=");
    const attempt = at < 0 ? { [text]: "" } : { [text.slice(0, at)]: text.slice(at + 1) };
    expect(tagsSchema.safeParse(attempt).success).toBe(false);
  });
});
