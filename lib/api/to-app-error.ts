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
  return new AppError("internal", "Something went wrong on the server. The error has been logged.");
}
