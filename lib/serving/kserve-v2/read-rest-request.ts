import { AppError } from "@/lib/errors";
import { parseJsonWithBinary, type ParsedJsonWithBinary } from "../parse-json-with-binary";
import { v2RestInferRequestSchema } from "./schemas";
import type { V2InferRequest, V2Input } from "./types";

// Over REST JSON a BYTES element holding binary data (an image file) is its base64
// string: KServe's convention (its v2 REST docs' image examples). Strict base64 only, so
// a mangled upload is named as such rather than decoded into garbage.

export function readRestInferRequest(options: { modelName: string; modelVersion?: string; body: Buffer }): V2InferRequest {
  let parsed: ParsedJsonWithBinary;
  try {
    parsed = parseJsonWithBinary(options.body);
  } catch {
    throw new AppError("validation_failed", "The body is not JSON: send an inference request object { \"inputs\": [...] }.");
  }
  const { value: json, base64 } = parsed;
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new AppError("validation_failed", `The body is JSON ${Array.isArray(json) ? "array" : String(json === null ? "null" : typeof json)}, not an object: send { "inputs": [...] }.`);
  }
  const request = v2RestInferRequestSchema.parse(json);
  return {
    modelName: options.modelName,
    modelVersion: options.modelVersion,
    id: request.id,
    inputs: request.inputs.map((input, i): V2Input => ({ ...input, data: readData({ where: `inputs[${i}]`, datatype: input.datatype, data: input.data.flat(Infinity), base64 }) })),
    outputNames: (request.outputs ?? []).map((o) => o.name),
  };
}

function readData(options: { where: string; datatype: string; data: unknown[]; base64: ParsedJsonWithBinary["base64"] }): V2Input["data"] {
  const { where, datatype, data, base64 } = options;
  if (datatype === "BYTES") {
    return {
      kind: "bytes",
      elements: data.map((element, i) => {
        const bytes = typeof element === "string" ? base64(element, { paddingRequired: true }) : null;
        if (!bytes) throw new AppError("validation_failed", `${where}.data[${i}] is not base64: a BYTES element holding an image is its base64 string.`);
        return bytes;
      }),
    };
  }
  if (datatype === "FP32") {
    const values = new Float32Array(data.length);
    data.forEach((element, i) => {
      if (typeof element !== "number") throw new AppError("validation_failed", `${where}.data[${i}] is not a number, as FP32 elements must be.`);
      values[i] = element;
    });
    return { kind: "fp32", values };
  }
  return { kind: "none" };
}
