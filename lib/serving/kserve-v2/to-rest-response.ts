import { TIMINGS_PARAMETER } from "./server-metadata";
import type { V2InferResult } from "./types";

/** $inference_response of v2 REST (PROTOCOLS.md): FP32 outputs, data flat row-major. */
export function toRestInferResponse(result: V2InferResult) {
  return {
    model_name: result.modelName,
    model_version: result.modelVersion,
    ...(result.id !== undefined ? { id: result.id } : {}),
    parameters: { [TIMINGS_PARAMETER]: result.timings },
    outputs: result.outputs.map((output) => ({ name: output.name, datatype: output.datatype, shape: output.shape, data: Array.from(output.values) })),
  };
}
