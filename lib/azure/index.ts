// Public surface of lib/azure: linking Azure ML workspaces and browsing their models.
export { linkWorkspace, listWorkspaces, getWorkspaceRow, unlinkWorkspace, toWorkspaceDto, type AzureWorkspaceDto } from "./workspaces";
export { listAzureModels, listAzureModelVersions, type AzureModelDto, type AzureModelVersionDto } from "./browse-workspace";
