// Which unit of a Brainwave-style NPU can run an ONNX op. The NPU is a matrix-vector
// unit (MVU) followed by multifunction units (MFUs) for vector work (Fowers et al.,
// ISCA 2018); whatever neither can do runs on the host CPU. The lists are this
// simulator's judgement, not Brainwave's published op set, which is not public.

/** "elementwise": vector work that can ride the chain of the op producing its input. */
export type OpClass = "mvu" | "elementwise" | "vector" | "folded" | "host";

const MVU_OPS = new Set([
  "Conv", "QLinearConv", "ConvInteger", "FusedConv", "ConvTranspose",
  "Gemm", "FusedGemm", "MatMul", "QLinearMatMul", "MatMulInteger", "FusedMatMul",
]);

// Brainwave chains vv_add / v_sigm / v_tanh / v_relu-style MFU instructions straight
// after mv_mul; activations and per-channel affine ops (folded BatchNorm, quantize)
// are the same kind of lane-wise arithmetic.
const ELEMENTWISE_OPS = new Set([
  "Relu", "Clip", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "HardSigmoid", "HardSwish", "Elu", "Selu",
  "Softplus", "Softsign", "Gelu", "FastGelu", "BiasGelu", "Erf", "Exp", "Sqrt", "Reciprocal", "Neg", "Abs",
  "Add", "Sub", "Mul", "Div", "Sum", "Max", "Min", "Mean", "Pow", "BatchNormalization", "Cast",
  "QuantizeLinear", "DequantizeLinear", "QLinearAdd", "QLinearMul", "QLinearLeakyRelu", "QLinearSigmoid",
]);

// Window and data-movement work the MFUs can stream, but only as a chain of its own.
const VECTOR_OPS = new Set([
  "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool", "LpPool", "QLinearAveragePool",
  "QLinearGlobalAveragePool", "QLinearConcat", "Resize", "Upsample", "Pad", "Transpose", "Slice", "Tile",
  "Expand", "DepthToSpace", "SpaceToDepth",
]);

// No data moves at run time: shape arithmetic is resolved when the model is compiled,
// and reshapes, identities and channel concatenations are addressing (producers write
// straight into adjacent regions of the destination).
const FOLDED_OPS = new Set([
  "Shape", "Size", "Constant", "ConstantOfShape", "Reshape", "Flatten", "Squeeze", "Unsqueeze",
  "Identity", "Dropout", "Concat", "Split",
]);

/** The op's class; ops not listed (Softmax, TopK, NonMaxSuppression, Reduce*, …) go to the host. */
export function classifyOp(opType: string): OpClass {
  if (MVU_OPS.has(opType)) return "mvu";
  if (ELEMENTWISE_OPS.has(opType)) return "elementwise";
  if (VECTOR_OPS.has(opType)) return "vector";
  if (FOLDED_OPS.has(opType)) return "folded";
  return "host";
}
