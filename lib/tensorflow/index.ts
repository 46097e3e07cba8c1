// Public surface of lib/tensorflow: read TensorFlow graph models (frozen GraphDef .pb,
// TF.js graph model folders in archives) into memory and summarise them.
export { detectModelForm, type ModelForm } from "./detect-model-form";
export { readTensorflowGraph, readTensorflowSummary } from "./read-tensorflow-summary";
export { readGraphDef } from "./read-graph-def";
export { readTfjsModel } from "./read-tfjs-model";
export { readArchive } from "./read-archive";
export { decodeTfjsWeights, type TfjsWeightSpec } from "./decode-tfjs-weights";
export { summarizeTfGraph, type TensorflowSummary, type TensorflowFacts } from "./summarize-tf-graph";
export { SUPPORTED_TF_OPS } from "./supported-ops";
export { getTensorflowType } from "./tensorflow-root";
export type * from "./types";
export { encodeGraphDef } from "./encode-graph-def";
export { archiveModelFolder } from "./archive-model-folder";
export { convertTensorflowToOnnx, type ConvertedOnnx } from "./to-onnx/convert-tensorflow-to-onnx";
export { runTensorflowReference, type ReferenceFeed } from "./reference/run-tensorflow-reference";
