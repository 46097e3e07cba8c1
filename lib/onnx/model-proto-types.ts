// Plain-object shapes of the ONNX messages as decodeOnnxModel returns them: protobufjs
// `toObject` with the spec's snake_case names (onnx.proto), int64 → number,
// AttributeProto.type and TensorProto.data_location → enum name strings, every
// repeated field present as an array, unset optional scalars absent, and bytes as
// Uint8Array views (Buffers under Node) into the original file buffer, not copies.
// int64 values beyond 2^53 lose precision as numbers; dims and versions never get there.

export type OnnxStringEntry = { key?: string; value?: string };

export type OnnxTensor = {
  name?: string;
  dims: number[];
  /** TensorProto.DataType code; see data-types.ts. */
  data_type?: number;
  segment?: { begin?: number; end?: number };
  float_data: number[];
  int32_data: number[];
  string_data: Uint8Array[];
  int64_data: number[];
  raw_data?: Uint8Array;
  double_data: number[];
  uint64_data: number[];
  external_data: OnnxStringEntry[];
  data_location?: "DEFAULT" | "EXTERNAL";
  doc_string?: string;
  metadata_props: OnnxStringEntry[];
};

export type OnnxSparseTensor = { values?: OnnxTensor; indices?: OnnxTensor; dims: number[] };

export type OnnxDimension = { dim_value?: number; dim_param?: string; denotation?: string };

export type OnnxTensorShape = { dim: OnnxDimension[] };

export type OnnxTensorType = { elem_type?: number; shape?: OnnxTensorShape };

export type OnnxTypeProto = {
  tensor_type?: OnnxTensorType;
  sparse_tensor_type?: OnnxTensorType;
  sequence_type?: { elem_type?: OnnxTypeProto };
  map_type?: { key_type?: number; value_type?: OnnxTypeProto };
  optional_type?: { elem_type?: OnnxTypeProto };
  denotation?: string;
};

export type OnnxValueInfo = {
  name?: string;
  type?: OnnxTypeProto;
  doc_string?: string;
  metadata_props: OnnxStringEntry[];
};

export type OnnxAttributeType =
  | "UNDEFINED" | "FLOAT" | "INT" | "STRING" | "TENSOR" | "GRAPH" | "SPARSE_TENSOR" | "TYPE_PROTO"
  | "FLOATS" | "INTS" | "STRINGS" | "TENSORS" | "GRAPHS" | "SPARSE_TENSORS" | "TYPE_PROTOS";

export type OnnxAttribute = {
  name?: string;
  ref_attr_name?: string;
  doc_string?: string;
  type?: OnnxAttributeType;
  f?: number;
  i?: number;
  s?: Uint8Array;
  t?: OnnxTensor;
  g?: OnnxGraph;
  sparse_tensor?: OnnxSparseTensor;
  tp?: OnnxTypeProto;
  floats: number[];
  ints: number[];
  strings: Uint8Array[];
  tensors: OnnxTensor[];
  graphs: OnnxGraph[];
  sparse_tensors: OnnxSparseTensor[];
  type_protos: OnnxTypeProto[];
};

export type OnnxNode = {
  input: string[];
  output: string[];
  name?: string;
  op_type?: string;
  domain?: string;
  overload?: string;
  attribute: OnnxAttribute[];
  doc_string?: string;
  metadata_props: OnnxStringEntry[];
};

export type OnnxTensorAnnotation = {
  tensor_name?: string;
  quant_parameter_tensor_names: OnnxStringEntry[];
};

export type OnnxGraph = {
  node: OnnxNode[];
  name?: string;
  initializer: OnnxTensor[];
  sparse_initializer: OnnxSparseTensor[];
  doc_string?: string;
  input: OnnxValueInfo[];
  output: OnnxValueInfo[];
  value_info: OnnxValueInfo[];
  quantization_annotation: OnnxTensorAnnotation[];
  metadata_props: OnnxStringEntry[];
};

export type OnnxOperatorSetId = { domain?: string; version?: number };

export type OnnxTrainingInfo = {
  initialization?: OnnxGraph;
  algorithm?: OnnxGraph;
  initialization_binding: OnnxStringEntry[];
  update_binding: OnnxStringEntry[];
};

export type OnnxFunction = {
  name?: string;
  input: string[];
  output: string[];
  attribute: string[];
  attribute_proto: OnnxAttribute[];
  node: OnnxNode[];
  doc_string?: string;
  opset_import: OnnxOperatorSetId[];
  domain?: string;
  overload?: string;
  value_info: OnnxValueInfo[];
  metadata_props: OnnxStringEntry[];
};

/** A decoded ModelProto. decodeOnnxModel guarantees ir_version and graph are present. */
export type OnnxModel = {
  ir_version: number;
  opset_import: OnnxOperatorSetId[];
  producer_name?: string;
  producer_version?: string;
  domain?: string;
  model_version?: number;
  doc_string?: string;
  graph: OnnxGraph;
  metadata_props: OnnxStringEntry[];
  training_info: OnnxTrainingInfo[];
  functions: OnnxFunction[];
};
