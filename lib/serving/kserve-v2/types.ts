import type { ClientTensor } from "@/lib/scoring/client-tensor";

// The Open Inference Protocol v2's tensors once read off either wire (REST JSON or gRPC
// protobuf; ../shared/design/PROTOCOLS.md), so one translation serves both.

/** One input tensor, its elements decoded: BYTES as buffers, FP32 as floats. */
export type V2Input = {
  name: string;
  datatype: string;
  shape: number[];
  data: { kind: "bytes"; elements: Buffer[] } | { kind: "fp32"; values: Float32Array } | { kind: "none" };
};

export type V2InferRequest = {
  modelName: string;
  modelVersion?: string;
  id?: string;
  inputs: V2Input[];
  /** The output names the client asked for, if any. */
  outputNames: string[];
};

/** What the scoring service takes: an encoded image, or a tensor the client preprocessed. */
export type V2ScoringInput = { image: Buffer; tensor?: undefined } | { tensor: ClientTensor; image?: undefined };

/** The one output every classifier service answers, wire-neutral. */
export type V2InferResult = {
  modelName: string;
  modelVersion: string;
  id?: string;
  /** A classifier's one output (every class's probability, [1, N]); a detector's detection tensors. */
  outputs: { name: string; datatype: "FP32"; shape: number[]; values: Float32Array }[];
  /** JSON of the measured and simulated timings: parameter `accel_timings`, header or trailer `x-accel-timings`. */
  timings: string;
};

export type V2TensorMetadata = { name: string; datatype: string; shape: number[] };

export type V2ModelMetadata = { name: string; versions: string[]; platform: string; inputs: V2TensorMetadata[]; outputs: V2TensorMetadata[] };
