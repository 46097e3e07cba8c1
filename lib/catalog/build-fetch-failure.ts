import { AppError } from "@/lib/errors";
import type { CatalogEntry } from "./schemas";
import type { SourceFailureKind } from "./source-failure";

export type SourceAttempt = { source: string; reason: string };

/**
 * Sums up why no source delivered the file, as one AppError a job runner can act on
 * (`details.isTransient`): any transient failure means a later retry may succeed
 * (source_unreachable); otherwise a wrong file is reported as such (digest_mismatch),
 * and else no source has it (source_not_found).
 */
export function buildFetchFailure(options: { entry: CatalogEntry; attempts: (SourceAttempt & { kind: SourceFailureKind })[] }): AppError {
  const { entry, attempts } = options;
  const tried = attempts.length
    ? attempts.map((a) => `${a.source} — ${a.reason}`).join("; ")
    : "no download URL is known for this file; it installs only from a mirror";
  const hint = `Set MODEL_MIRROR_DIR to a folder holding ${entry.fileName} to install offline.`;
  const summary = attempts.map(({ source, reason }) => ({ source, reason }));
  if (attempts.some((a) => a.kind === "unreachable")) {
    return new AppError("source_unreachable", `Could not download ${entry.id}: ${tried}. ${hint}`, { attempts: summary, isTransient: true });
  }
  if (attempts.some((a) => a.kind === "mismatch")) {
    return new AppError("digest_mismatch", `Could not verify ${entry.id}: ${tried}. ${hint}`, {
      attempts: summary,
      isTransient: false,
      expected: { sha256: entry.sha256, bytes: entry.bytes },
    });
  }
  return new AppError("source_not_found", `Could not download ${entry.id}: ${tried}. ${hint}`, { attempts: summary, isTransient: false });
}
