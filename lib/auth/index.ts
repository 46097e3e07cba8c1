// Public surface of lib/auth: who a request acts as, what it may do, and the record of what it did.
export { authenticate, principalOf } from "./authenticate";
export { requiredScope, hasScope, isChange } from "./required-scope";
export { recordAudit } from "./record-audit";
export { LOCAL_PRINCIPAL, type Principal, type RequestCredentials, type TokenScope, type ApiTokenDto } from "./types";
export { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
export { ensureEnvAdminToken } from "./ensure-env-admin-token";
export { listAuditEntries } from "./list-audit-entries";
