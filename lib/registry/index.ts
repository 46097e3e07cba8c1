export { configuredRegistry, type RegistryConfig } from "./registry-config";
export { repositoryName } from "./repository-name";
export { pushImage } from "./push-image";
export { pullModelLayer } from "./pull-model-layer";
export { ensureLocalModel } from "./ensure-local-model";
export { formatRegistryReference, parseRegistryReference, type RegistryReference } from "./registry-reference";
