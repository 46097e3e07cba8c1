import { TIMINGS_PARAMETER } from "./server-metadata";
import type { V2InferResult } from "./types";

/** $inference_response of v2 REST (PROTOCOLS.md): one FP32 output, data flat row-major. */
export function toRestInferResponse(result: V2InferResult) {
  const { output } = result;
  return {
    model_name: result.modelName,
    model_version: result.modelVersion,
    ...(result.id !== undefined ? { id: result.id } : {}),
    parameters: { [TIMINGS_PARAMETER]: result.timings },
    outputs: [{ name: output.name, datatype: output.datatype, shape: output.shape, data: Array.from(output.values) }],
  };
}
