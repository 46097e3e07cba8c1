import { AppError } from "@/lib/errors";
import { decodeRawBytes, decodeRawFp32 } from "./decode-raw-contents";
import type { V2InferRequest, V2Input } from "./types";

// ModelInferRequest as @grpc/proto-loader hands it over (keepCase, longs as Number,
// defaults): field names as in PROTOCOLS.md. Data is in each input's `contents`, or for
// all inputs at once in `raw_input_contents`, one buffer per input in order.

type Contents = { fp32_contents?: number[]; bytes_contents?: Buffer[] } | null;

export type GrpcModelInferRequest = {
  model_name: string;
  model_version: string;
  id: string;
  inputs: { name: string; datatype: string; shape: number[]; contents?: Contents }[];
  outputs: { name: string }[];
  raw_input_contents: Buffer[];
};

export function readGrpcInferRequest(request: GrpcModelInferRequest): V2InferRequest {
  const raw = request.raw_input_contents ?? [];
  const inputs = request.inputs ?? [];
  if (raw.length > 0 && raw.length !== inputs.length) {
    throw new AppError("validation_failed", `raw_input_contents has ${raw.length} entries for ${inputs.length} input(s); send one per input.`);
  }
  return {
    modelName: request.model_name,
    modelVersion: request.model_version || undefined,
    id: request.id || undefined,
    inputs: inputs.map((input, i): V2Input => ({
      name: input.name,
      datatype: input.datatype,
      shape: (input.shape ?? []).map(Number),
      data: raw.length > 0 ? fromRaw(input, raw[i]) : fromContents(input),
    })),
    outputNames: (request.outputs ?? []).map((o) => o.name),
  };
}

function fromRaw(input: { name: string; datatype: string; contents?: Contents }, raw: Buffer): V2Input["data"] {
  if (hasContents(input.contents)) {
    throw new AppError("validation_failed", `Input "${input.name}" has both contents and raw_input_contents; send its data in one of them.`);
  }
  if (input.datatype === "BYTES") return { kind: "bytes", elements: decodeRawBytes({ name: input.name, raw }) };
  if (input.datatype === "FP32") return { kind: "fp32", values: decodeRawFp32({ name: input.name, raw }) };
  return { kind: "none" };
}

function fromContents(input: { datatype: string; contents?: Contents }): V2Input["data"] {
  if (input.datatype === "BYTES") return { kind: "bytes", elements: input.contents?.bytes_contents ?? [] };
  if (input.datatype === "FP32") return { kind: "fp32", values: Float32Array.from(input.contents?.fp32_contents ?? []) };
  return { kind: "none" };
}

function hasContents(contents: Contents | undefined): boolean {
  return !!contents && Object.values(contents).some((v) => Array.isArray(v) && v.length > 0);
}
