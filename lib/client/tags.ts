// Tag rules mirror lib/models/schemas.ts (TAG_KEY, 256-character values, 50 tags).
const TAG_KEY = /^[A-Za-z0-9_.:/-]{1,128}$/;
const MAX_VALUE_LENGTH = 256;
const MAX_TAGS = 50;

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

export function checkTag(key: string, value: string): string | null {
  if (!TAG_KEY.test(key)) return `"${key}" is not a valid tag key: use 1–128 letters, digits or _ . : / -`;
  if (value.length > MAX_VALUE_LENGTH) return `The value of "${key}" is longer than ${MAX_VALUE_LENGTH} characters.`;
  return null;
}
