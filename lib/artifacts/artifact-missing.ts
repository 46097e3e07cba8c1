import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logging";

const log = logger("artifacts");

/**
 * The error for a model row whose stored file is gone: the store's fault, not the
 * caller's, so a 500 of its own code; the path goes to the log only.
 */
export function artifactMissing(options: { name: string; version: number; path: string }): AppError {
  log.error(`the file of ${options.name}:${options.version} is missing: ${options.path}`);
  return new AppError("artifact_missing", `The stored file of ${options.name}:${options.version} is missing.`, { name: options.name, version: options.version });
}
