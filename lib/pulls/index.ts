export { requestModelPull } from "./request-model-pull";
export { getModelPullOrThrow } from "./get-model-pull";
export { listCatalog } from "./list-catalog";
export { runModelPull } from "./run-model-pull";
export { requestDefaultPulls } from "./request-default-pulls";
export { toPullDto, type PullDto } from "./to-pull-dto";
export { failLostPulls } from "./fail-lost-pulls";
