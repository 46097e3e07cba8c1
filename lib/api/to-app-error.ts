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
  // Postgres restarting, failing over or out of reach is a moment to wait out, not a bug:
  // 503 with Retry-After, as every other "try again shortly".
  if (isDatabaseUnreachable(error)) return new AppError("unavailable", "The database cannot be reached right now (restarting, or a network fault); try again shortly.");
  return new AppError("internal", "Something went wrong on the server. The error has been logged.");
}

// What the pg driver and Prisma's pg adapter report when the server is away: socket
// errors, the adapter's kinds for them, and SQLSTATE class 08 (connection exception) or
// 57P01–57P03 (the server shutting down, or starting and not yet accepting).
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_MESSAGE = /Connection terminated|Connection ended unexpectedly|terminating connection due to administrator command|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i;

function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  const direct = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; cause?: unknown };
  const kind = direct?.meta?.driverAdapterError?.cause?.kind;
  if (kind && ADAPTER_KINDS.has(kind)) return true;
  const code = postgresCodeOf(error);
  if (code && (code.startsWith("08") || ["57P01", "57P02", "57P03"].includes(code))) return true;
  if (typeof direct?.code === "string" && SOCKET_CODES.has(direct.code)) return true;
  if (typeof direct?.message === "string" && UNREACHABLE_MESSAGE.test(direct.message)) return true;
  return depth < 3 && direct?.cause !== undefined && isDatabaseUnreachable(direct.cause, depth + 1);
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
