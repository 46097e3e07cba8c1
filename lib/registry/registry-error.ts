import { AppError } from "@/lib/errors";

// The error body of the OCI distribution API (distribution-spec spec.md, "Error Codes"):
//   { "errors": [ { "code": "<CODE>", "message": "<text>", "detail": <any> } ] }
// e.g. UNAUTHORIZED, DENIED, NAME_UNKNOWN, MANIFEST_INVALID, BLOB_UPLOAD_INVALID.
type DistributionError = { code?: unknown; message?: unknown; detail?: unknown };

const MAX_BODY_CHARS = 16 * 1024;
const MAX_DETAIL_CHARS = 300;

/**
 * An AppError for a registry's answer that was not the one expected, carrying the
 * registry's own reason. A 4xx is the registry refusing (wrong credentials, no
 * permission, a name it does not take): registry_refused, which no retry fixes. A 408,
 * 429 or 5xx may pass: unavailable, which the job queue retries.
 */
export async function registryError(options: { response: Response; registry: string; action: string }): Promise<AppError> {
  const { response, registry, action } = options;
  const text = (await response.text().catch(() => "")).slice(0, MAX_BODY_CHARS);
  const reason = describeErrors(text) ?? (text.trim().slice(0, MAX_DETAIL_CHARS) || response.statusText || "no reason given");
  const status = response.status;
  const details = { registry, status, reason };
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return new AppError("registry_refused", `The registry ${registry} refused to ${action} (HTTP ${status}): ${reason}`, details);
  }
  return new AppError("unavailable", `The registry ${registry} failed to ${action} (HTTP ${status}): ${reason}`, details);
}

/** "CODE: message (detail)" for each error of a distribution error body; null if it is none. */
export function describeErrors(text: string): string | null {
  let body: { errors?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (!body || !Array.isArray(body.errors) || body.errors.length === 0) return null;
  return (body.errors as DistributionError[])
    .map((error) => {
      const head = [error.code, error.message].filter((part) => typeof part === "string" && part).join(": ");
      const detail = error.detail === undefined || error.detail === null ? "" : typeof error.detail === "string" ? error.detail : JSON.stringify(error.detail);
      return detail ? `${head} (${detail.slice(0, MAX_DETAIL_CHARS)})` : head;
    })
    .join("; ");
}
