export { withApi } from "./with-api";
export { json, readJson, searchParamsObject } from "./responses";
export { toAppError } from "./to-app-error";
export { modelDownloadResponse } from "./download-response";
export { rejectMethods } from "./reject-methods";
