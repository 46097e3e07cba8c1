export * from "./schemas";
export { registerModel } from "./register-model";
export { listModels } from "./list-models";
export { getModelOrThrow } from "./get-model";
export { updateModel } from "./update-model";
export { deleteModel } from "./delete-model";
export { receiveModelUpload, type ModelUpload } from "./receive-model-upload";
export { openModelFile } from "./open-model-file";
export { toModelDto, type ModelDto, type TensorInfo } from "./to-model-dto";
