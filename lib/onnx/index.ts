// Public surface of lib/onnx: decode ONNX files, infer shapes, summarise graphs.
export { decodeOnnxModel } from "./decode-onnx-model";
export { getModelIo } from "./get-model-io";
export { inferShapes, type InferShapesOptions } from "./infer-shapes";
export { inspectOnnxFile, type InspectOnnxFileOptions } from "./inspect-onnx-file";
export { summarizeOnnxModel, type SummarizeOptions } from "./summarize-graph";
export { getOnnxType } from "./onnx-root";
export { dataTypeName, dataTypeCode, byteSizeOf } from "./data-types";
export type * from "./types";
