// Where the e2e studio's Azure lives (e2e/azure-stand-ins.ts) and what the studio is told of it.

export const AZURE_E2E = { standInPort: 8741, azuritePort: 8742, inspectPort: 8743, subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "vision-rg", workspace: "vision-ws", tenantId: "tenant-1", clientId: "client-1", clientSecret: "stand-in-secret" };

export const azureStudioEnv = (caFile: string) => ({
  NODE_EXTRA_CA_CERTS: caFile,
  AZURE_RESOURCE_MANAGER_URL: `https://127.0.0.1:${AZURE_E2E.standInPort}`,
  AZURE_STORAGE_BLOB_URL: `https://127.0.0.1:${AZURE_E2E.azuritePort}/{account}`,
  AZURE_TENANT_ID: AZURE_E2E.tenantId,
  AZURE_CLIENT_ID: AZURE_E2E.clientId,
  AZURE_CLIENT_SECRET: AZURE_E2E.clientSecret,
});
