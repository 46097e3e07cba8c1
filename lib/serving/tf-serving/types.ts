// The TF Serving messages as @grpc/proto-loader hands them over (keepCase, enums as
// strings, int64 as numbers, defaults filled) and as we build them. Field names are the
// .proto's (PROTOCOLS.md); types only.

export type TensorShape = { dim: { size: number; name?: string }[]; unknown_rank?: boolean };

export type TensorProto = {
  /** An enum name ("DT_FLOAT"); a number the .proto does not list stays a number. */
  dtype: string | number;
  tensor_shape?: TensorShape | null;
  tensor_content?: Buffer;
  float_val?: number[];
  double_val?: number[];
  string_val?: Buffer[];
};

export type ModelSpec = {
  name?: string;
  version?: { value: number } | null;
  version_label?: string;
  signature_name?: string;
};

export type PredictRequest = { model_spec?: ModelSpec | null; inputs?: Record<string, TensorProto>; output_filter?: string[] };
export type PredictResponse = { outputs: Record<string, TensorProto>; model_spec: ModelSpec };
