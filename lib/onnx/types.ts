// Public types of lib/onnx: what a decoded graph summary looks like. All plain JSON.
export type * from "./model-proto-types";

/** Element types, named as onnxruntime names tensor types (TensorProto.DataType, lowercased). */
export type DataTypeName =
  | "undefined" | "float32" | "uint8" | "int8" | "uint16" | "int16" | "int32" | "int64"
  | "string" | "bool" | "float16" | "float64" | "uint32" | "uint64" | "complex64"
  | "complex128" | "bfloat16" | "float8e4m3fn" | "float8e4m3fnuz" | "float8e5m2"
  | "float8e5m2fnuz" | "uint4" | "int4" | "float4e2m1" | "float8e8m0" | "uint2" | "int2";

/**
 * A graph input or output as the model declares it. Symbolic dims stay strings ("N",
 * "batch_size"); a dim with neither value nor name is "?"; shape is null when the model
 * gives no shape at all (rank unknown).
 */
export type TensorInfo = { name: string; dtype: DataTypeName; shape: (number | string)[] | null };

export type ModelIo = { inputs: TensorInfo[]; outputs: TensorInfo[] };

/** One dimension after inference: a number, or null when it cannot be known statically. */
export type InferredDim = number | null;

/** What shape inference knows about one value (tensor) of the graph. */
export type ValueFacts = {
  dtype: DataTypeName | null;
  /** null: rank unknown. */
  shape: InferredDim[] | null;
  /** Flat contents, kept only for small constant tensors (shape arithmetic, axes, pads). */
  value?: number[];
};

export type ShapeConflict = { name: string; declared: InferredDim[]; inferred: InferredDim[] };

export type ShapeInference = {
  batchSize: number;
  values: Map<string, ValueFacts>;
  /** Op types (prefixed with their domain when not the default one) that have no shape rule. */
  unknownOps: string[];
  /** value_info entries whose declared shape disagrees with the inferred one (inferred wins). */
  conflicts: ShapeConflict[];
};

export type AttributeValue = number | string | number[] | string[];

export type LayerInfo = {
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Fully known output shapes; null where any dim is unknown. */
  outputShapes: (number[] | null)[];
  /** Multiply-accumulates of Conv/ConvTranspose/Gemm/MatMul and their quantized forms;
   * 0 for every other op; null when a MAC op's shapes are unknown. */
  macs: number | null;
  /** Bytes of the stored tensors this node reads (initializers and Constant-node tensors:
   * weights, biases, scales, zero points); a tensor shared by several nodes counts in each. */
  weightBytes: number;
  /** Elements of those same tensors, counted the same way (a shared tensor in each reader):
   * what the FPGA simulator places in on-chip memory or streams, at its own precision.
   * Over all layers this is parameterCount, less initializers no node reads, plus shared
   * tensors' extra readers and Constant-node tensors. */
  weightElements: number;
  /** Bytes of the non-initializer inputs / of the outputs; null when a shape or type is unknown. */
  activationBytesIn: number | null;
  activationBytesOut: number | null;
  /** Scalar and list attributes only (tensors and subgraphs are left out). */
  attributes: Record<string, AttributeValue>;
};

export type GraphSummary = {
  irVersion: number;
  producer: { name: string; version: string };
  domain: string;
  modelVersion: number;
  docString: string;
  graphName: string;
  opsetImports: { domain: string; version: number }[];
  inputs: TensorInfo[];
  outputs: TensorInfo[];
  batchSize: number;
  opHistogram: Record<string, number>;
  nodeCount: number;
  /** Elements of all initializers, quantization scales and zero points included; a sparse
   * initializer counts its stored non-zero values. Constant-node tensors are not counted. */
  parameterCount: number;
  /** Bytes those elements occupy in their stored dtype. */
  parameterBytes: number;
  /** True when some initializer keeps its data in an external file (counted from dims). */
  hasExternalData: boolean;
  macs: number;
  macsByOp: Record<string, number>;
  isMacsComplete: boolean;
  unknownShapeOps: string[];
  layers: LayerInfo[];
};
