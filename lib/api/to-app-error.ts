import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/errors";

/** Maps the errors libraries throw onto our one error type; anything else is a 500. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) {
    const unknownKeys = error.issues.flatMap((i) => (i.code === "unrecognized_keys" ? i.keys : []));
    if (unknownKeys.length) {
      return new AppError("unknown_field", `Unknown field${unknownKeys.length > 1 ? "s" : ""}: ${unknownKeys.join(", ")}.`, { fields: unknownKeys });
    }
    const errors = error.issues.map((i) => ({ field: i.path.join(".") || null, message: i.message }));
    const summary = errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join("; ");
    return new AppError("validation_failed", summary, { errors });
  }
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return new AppError("validation_failed", "The request body is not valid JSON.");
  }
  // A value Postgres cannot store (a NUL character) that some schema let through: the
  // input's fault, so a 400 — the schemas refuse these first (lib/schemas/storable-text.ts).
  if (UNSTORABLE_TEXT.has(postgresCodeOf(error) ?? "")) {
    return new AppError("validation_failed", "The request holds text that cannot be stored (a NUL character, U+0000).");
  }
  return new AppError("internal", "Something went wrong on the server. The error has been logged.");
}

// 22021 character_not_in_repertoire, 22P05 untranslatable_character (PostgreSQL error codes).
const UNSTORABLE_TEXT = new Set(["22021", "22P05"]);

/** The SQLSTATE of a pg error, or of one Prisma's driver adapter wrapped. */
function postgresCodeOf(error: unknown): string | undefined {
  const direct = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; code?: unknown } } } };
  const cause = direct?.meta?.driverAdapterError?.cause;
  if (cause?.kind === "postgres" && typeof cause.code === "string") return cause.code;
  return typeof direct?.code === "string" && /^[0-9A-Z]{5}$/.test(direct.code) ? direct.code : undefined;
}
