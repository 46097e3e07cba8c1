import { AppError } from "@/lib/errors";

// The shared artifact store failing, in words an operator can act on. Whatever the cause
// (the network, a refused identity, a missing container), the request cannot be served by
// this cluster right now and the caller did nothing wrong: 503 `unavailable`, with the
// store's own reason in the message. An error that did not come from the store (the
// database, a bug, an AppError) passes unchanged.

/** `action` says what was being done ("upload sha256/ab…"), `where` which container. */
export function toBlobStoreError(error: unknown, options: { action: string; where: string }): Error {
  if (error instanceof AppError) return error;
  const { action, where } = options;
  const failure = error as { name?: string; message?: string; statusCode?: number; code?: string; response?: { headers?: { get?: (name: string) => string | undefined } } };
  // A HEAD's answer has no body: the service's error code is in its header only.
  const code = failure.code ?? failure.response?.headers?.get?.("x-ms-error-code");
  const message = firstLine(failure.message || `${code ?? "no details"}`);
  // @azure/identity's failures, by name: the SDK is loaded lazily (blob-container.ts).
  if (failure.name === "CredentialUnavailableError" || failure.name === "AggregateAuthenticationError" || failure.name === "AuthenticationError") {
    return new AppError("unavailable", `The artifact store ${where} cannot be used: this machine's identity got no token (${message}). Give it a managed or workload identity, set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET, or set ARTIFACT_BLOB_CONNECTION_STRING.`, { store: where });
  }
  const status = failure.statusCode;
  const isRestError = failure.name === "RestError";
  const isNetworkError = /^E[A-Z]+$/.test(code ?? "") || code === "REQUEST_SEND_ERROR";
  if (status === undefined && !isRestError && !isNetworkError) return error instanceof Error ? error : new Error(String(error));
  if (status === undefined) return new AppError("unavailable", `The artifact store ${where} could not be reached to ${action} (${code ?? "network error"}): ${message}`, { store: where });
  // Error codes: https://learn.microsoft.com/rest/api/storageservices/common-rest-api-error-codes
  if (status === 401 || status === 403 || /^(InvalidAuthenticationInfo|Authentication|Authorization)/.test(code ?? "")) {
    return new AppError("unavailable", `The artifact store ${where} refused to ${action} (${status} ${code}): ${message} The identity (or key, or SAS) needs to read, write and delete blobs in the container (the Storage Blob Data Contributor role).`, { store: where, status });
  }
  if (status === 404 && code === "ContainerNotFound") return new AppError("unavailable", `The artifact store's container ${where} does not exist: create it. (${message})`, { store: where, status });
  return new AppError("unavailable", `The artifact store ${where} answered ${status} (${code}) to ${action}: ${message}`, { store: where, status });
}

function firstLine(text: string): string {
  return text.split("\n")[0].trim();
}
