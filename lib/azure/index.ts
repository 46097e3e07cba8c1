// Public surface of lib/azure: linking Azure ML workspaces, browsing their models, importing and publishing.
export { linkWorkspace, listWorkspaces, getWorkspaceRow, unlinkWorkspace, toWorkspaceDto, type AzureWorkspaceDto } from "./workspaces";
export { listAzureModels, listAzureModelVersions, type AzureModelDto, type AzureModelVersionDto } from "./browse-workspace";
export { requestImport, requestPublish } from "./request-transfer";
export { getTransfer, listTransfers } from "./get-transfers";
export { failLostTransfers } from "./fail-lost-transfers";
export { runImport } from "./run-import";
export { runPublish } from "./run-publish";
export type { AzureTransferDto } from "./to-transfer-dto";
