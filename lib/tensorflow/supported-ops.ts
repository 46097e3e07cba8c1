// The ops the TF → ONNX converter (issue 13, item 2) is to handle: those of the
// feed-forward parts of the three test models in /work/shared/data/tf (TENSORFLOW.md),
// plus their plain equivalents (MatMul beside _FusedMatMul, FusedBatchNormV3 beside
// FusedBatchNorm). Registration records any other op as unsupported in the summary; the
// conversion refuses such a model naming them. The TF1 while-loop ops of the COCO SSD's
// preprocessing are not here: the converter cuts the graph after that loop instead.
export const SUPPORTED_TF_OPS: ReadonlySet<string> = new Set([
  "Placeholder", "Const", "Identity", "NoOp",
  "Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative", "MatMul", "_FusedMatMul",
  "BiasAdd", "FusedBatchNorm", "FusedBatchNormV3", "Relu", "Relu6", "Sigmoid", "Exp", "Softmax",
  "Add", "AddV2", "AddN", "Sub", "Mul", "MaxPool", "AvgPool", "Mean",
  "Reshape", "Squeeze", "ExpandDims", "ConcatV2", "Pack", "Unpack", "Slice", "StridedSlice", "Transpose", "Tile", "Shape", "Cast",
]);

/** Ops of the graph outside SUPPORTED_TF_OPS, sorted. */
export function findUnsupportedOps(ops: Iterable<string>): string[] {
  return [...new Set([...ops].filter((op) => !SUPPORTED_TF_OPS.has(op)))].sort();
}

// What a graph's outputs cannot be: constants, placeholders, and ops run for their
// effects (a frozen graph may keep its saver or an init op, which nothing consumes).
export const NOT_OUTPUT_OPS: ReadonlySet<string> = new Set(["Const", "Placeholder", "NoOp", "Assert", "SaveV2", "RestoreV2", "Save", "Restore", "VarHandleOp", "VariableV2", "Print", "PrintV2"]);
