import { MAX_TAGS, tagKeySchema, tagValueSchema } from "@/lib/models/schemas";

// The studio's tag box ("team=vision, stage=dev") checked with the server's own zod
// schemas, so the browser can never accept what the API then refuses, or the reverse.

export type ParsedTags = { tags: Record<string, string>; error: null } | { tags: null; error: string };

/** "team=vision, stage=dev" → {team: "vision", stage: "dev"}; a bare key gets an empty value. */
export function parseTags(text: string): ParsedTags {
  const tags: Record<string, string> = {};
  const parts = text.split(/[,\n]/).map((part) => part.trim()).filter(Boolean);
  for (const part of parts) {
    const at = part.indexOf("=");
    const key = (at < 0 ? part : part.slice(0, at)).trim();
    const value = at < 0 ? "" : part.slice(at + 1).trim();
    const problem = checkTag(key, value);
    if (problem) return { tags: null, error: problem };
    tags[key] = value;
  }
  if (Object.keys(tags).length > MAX_TAGS) return { tags: null, error: `At most ${MAX_TAGS} tags.` };
  return { tags, error: null };
}

function checkTag(key: string, value: string): string | null {
  const keyCheck = tagKeySchema.safeParse(key);
  if (!keyCheck.success) return `"${key}" is not a valid tag key: ${keyCheck.error.issues[0].message}`;
  const valueCheck = tagValueSchema.safeParse(value);
  if (!valueCheck.success) return `The value of "${key}": ${valueCheck.error.issues[0].message}`;
  return null;
}
