import { encodeRawFp32 } from "./decode-raw-contents";
import { TIMINGS_PARAMETER } from "./server-metadata";
import type { V2InferResult } from "./types";

/**
 * ModelInferResponse (PROTOCOLS.md), field names as the proto's. A client that sent
 * raw_input_contents gets raw_output_contents (as Triton answers); one that sent
 * `contents` gets fp32_contents, which every v2 client reads.
 */
export function toGrpcInferResponse(options: { result: V2InferResult; isRaw: boolean }) {
  const { result, isRaw } = options;
  return {
    model_name: result.modelName,
    model_version: result.modelVersion,
    id: result.id ?? "",
    parameters: { [TIMINGS_PARAMETER]: { string_param: result.timings } },
    outputs: result.outputs.map((output) => ({ name: output.name, datatype: output.datatype, shape: output.shape, ...(isRaw ? {} : { contents: { fp32_contents: Array.from(output.values) } }) })),
    raw_output_contents: isRaw ? result.outputs.map((output) => encodeRawFp32(output.values)) : [],
  };
}
