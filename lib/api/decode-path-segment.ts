import { AppError } from "@/lib/errors";

/** A percent-encoded path segment, decoded; bad encoding is the caller's 400, not our 500. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new AppError("validation_failed", `The path segment "${segment}" is not valid percent-encoding.`);
  }
}
