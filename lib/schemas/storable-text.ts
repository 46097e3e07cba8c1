import { z } from "zod";

// PostgreSQL cannot store U+0000 in text or jsonb ("invalid byte sequence for encoding
// UTF8: 0x00", "unsupported Unicode escape sequence"). Every free-text input is checked
// with this, so that a NUL answers 400 at the edge instead of failing in the database.
const NUL = "\u0000";

/** A string Postgres can store: anything but the NUL character. */
export function storableText() {
  return z.string().refine((value) => !value.includes(NUL), "must not contain the NUL character (U+0000)");
}
