export * from "./schemas";
export { registerModel } from "./register-model";
export { listModels } from "./list-models";
export { getModelOrThrow } from "./get-model";
export { updateModel } from "./update-model";
export { deleteModel } from "./delete-model";
export { parseModelUpload } from "./parse-model-upload";
export { openModelFile } from "./open-model-file";
export { toModelDto, type ModelDto, type TensorInfo } from "./to-model-dto";
