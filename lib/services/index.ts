export { requestDeployment } from "./request-deployment";
export { getServiceOrThrow, getServiceRowOrThrow, listServices } from "./get-service";
export { deleteService, runServiceDelete } from "./delete-service";
export { regenerateServiceKey } from "./regenerate-service-key";
export { runServiceDeploy } from "./run-service-deploy";
export { scoreService, type ServiceScoreResponse } from "./score-service";
export { scoringPath } from "./to-service-dto";
export type * from "./types";
export { reconcileServiceHealth } from "./reconcile-service-health";
