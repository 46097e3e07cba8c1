// The one table of error codes. Each stable `code` maps to an HTTP status (REST,
// problem+json) and a gRPC status (TF Serving / KServe gRPC endpoints), so the
// same failure reads the same way on every surface.
// gRPC numbers: https://grpc.github.io/grpc/core/md_doc_statuscodes.html

export const GRPC = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  INTERNAL: 13,
  DATA_LOSS: 15,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

type CodeSpec = {
  status: number;
  grpc: number;
  title: string;
  /** Sent as Retry-After: the failure is expected to pass (a worker restarting). */
  retryAfterSeconds?: number;
  /** A 500's detail is this fixed text; what really happened is logged, never sent. */
  publicDetail?: string;
};

export const ERROR_CODES = {
  validation_failed: { status: 400, grpc: GRPC.INVALID_ARGUMENT, title: "Invalid request" },
  unknown_field: { status: 400, grpc: GRPC.INVALID_ARGUMENT, title: "Unknown field" },
  missing_file: { status: 400, grpc: GRPC.INVALID_ARGUMENT, title: "File part missing" },
  empty_file: { status: 400, grpc: GRPC.INVALID_ARGUMENT, title: "Empty file" },
  invalid_model: { status: 422, grpc: GRPC.INVALID_ARGUMENT, title: "Not a valid model file" },
  invalid_image: { status: 422, grpc: GRPC.INVALID_ARGUMENT, title: "Not a decodable image" },
  unsupported_model: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "Model not supported" },
  unsupported_media_type: { status: 415, grpc: GRPC.INVALID_ARGUMENT, title: "Unsupported media type" },
  payload_too_large: { status: 413, grpc: GRPC.RESOURCE_EXHAUSTED, title: "Payload too large" },
  image_too_large: { status: 413, grpc: GRPC.INVALID_ARGUMENT, title: "Image too large" },
  unauthenticated: { status: 401, grpc: GRPC.UNAUTHENTICATED, title: "Authentication required" },
  // A key was sent but is not a current one: 401 over REST as Azure answered, PERMISSION_DENIED over gRPC.
  invalid_key: { status: 401, grpc: GRPC.PERMISSION_DENIED, title: "Invalid key" },
  // API tokens (lib/auth): each failure says which, so a script's operator knows what to fix.
  invalid_token: { status: 401, grpc: GRPC.UNAUTHENTICATED, title: "Invalid token" },
  token_expired: { status: 401, grpc: GRPC.UNAUTHENTICATED, title: "Token expired" },
  token_revoked: { status: 401, grpc: GRPC.UNAUTHENTICATED, title: "Token revoked" },
  forbidden: { status: 403, grpc: GRPC.PERMISSION_DENIED, title: "Forbidden" },
  // An Azure ML workspace cannot be used (lib/azure): each says what to fix on the Azure side.
  azure_no_credential: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "No Azure credential" },
  azure_auth_failed: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "Azure sign-in failed" },
  azure_forbidden: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "Not allowed by Azure" },
  azure_workspace_not_found: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "Azure ML workspace not found" },
  azure_model_not_found: { status: 404, grpc: GRPC.NOT_FOUND, title: "Azure ML model version not found" },
  azure_unreachable: { status: 502, grpc: GRPC.UNAVAILABLE, title: "Azure unreachable", retryAfterSeconds: 10 },
  csrf_failed: { status: 403, grpc: GRPC.PERMISSION_DENIED, title: "Cross-site request refused" },
  not_found: { status: 404, grpc: GRPC.NOT_FOUND, title: "Not found" },
  model_not_found: { status: 404, grpc: GRPC.NOT_FOUND, title: "Model not found" },
  catalog_entry_not_found: { status: 404, grpc: GRPC.NOT_FOUND, title: "Catalog entry not found" },
  method_not_allowed: { status: 405, grpc: GRPC.INVALID_ARGUMENT, title: "Method not allowed" },
  conflict: { status: 409, grpc: GRPC.ALREADY_EXISTS, title: "Conflict" },
  already_exists: { status: 409, grpc: GRPC.ALREADY_EXISTS, title: "Already exists" },
  unknown_tensor: { status: 422, grpc: GRPC.INVALID_ARGUMENT, title: "Unknown tensor name" },
  model_not_converted: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "Model not converted" },
  // A capacity plan (lib/capacity) no replica count meets: the target, not the request, is the problem.
  target_unreachable: { status: 422, grpc: GRPC.FAILED_PRECONDITION, title: "Target not reachable" },
  not_ready: { status: 409, grpc: GRPC.FAILED_PRECONDITION, title: "Resource not ready" },
  quota_exceeded: { status: 409, grpc: GRPC.RESOURCE_EXHAUSTED, title: "Quota exceeded" },
  insufficient_capacity: { status: 409, grpc: GRPC.RESOURCE_EXHAUSTED, title: "Not enough free FPGAs" },
  invalid_state: { status: 409, grpc: GRPC.FAILED_PRECONDITION, title: "Not possible in this state" },
  in_use: { status: 409, grpc: GRPC.FAILED_PRECONDITION, title: "Resource in use" },
  source_unreachable: { status: 502, grpc: GRPC.UNAVAILABLE, title: "Model source unreachable" },
  digest_mismatch: { status: 502, grpc: GRPC.DATA_LOSS, title: "Downloaded file failed verification" },
  unavailable: { status: 503, grpc: GRPC.UNAVAILABLE, title: "Service unavailable", retryAfterSeconds: 5 },
  timeout: { status: 504, grpc: GRPC.DEADLINE_EXCEEDED, title: "Timed out" },
  internal: { status: 500, grpc: GRPC.INTERNAL, title: "Internal error", publicDetail: "Something went wrong on the server. The error has been logged." },
  artifact_missing: {
    status: 500,
    grpc: GRPC.DATA_LOSS,
    title: "Stored file missing",
    publicDetail: "The stored file behind this resource is missing from the artifact store. The error has been logged; restore the store from a backup or register the model again.",
  },
  // No source has the file (HTTP 404/410, not in the mirror) or each refused it for good:
  // unlike source_unreachable, retrying will not help. 502 as that one: the fault is upstream.
  source_not_found: { status: 502, grpc: GRPC.NOT_FOUND, title: "Model source has no such file" },
  // An OCI registry answered a push or pull with a 4xx (lib/registry): credentials,
  // permissions or a name to fix there; retrying will not help. 502: the fault is upstream.
  registry_refused: { status: 502, grpc: GRPC.FAILED_PRECONDITION, title: "Registry refused the request" },
} as const satisfies Record<string, CodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
