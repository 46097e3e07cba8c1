import type { ConversionDto } from "@/lib/conversions/types";
import { sendJson } from "./fetch-json";

export type CreateOnnxConversionBody = {
  model: string;
  version: number;
  inputTensors: string[];
  outputTensors: string[];
  /** Static shapes for inputs the graph leaves open (a cut inside the graph). */
  inputShapes?: Record<string, number[]>;
  resultName?: string;
};

/** POST /api/v1/conversions with target "onnx": a TensorFlow model translated to a new ONNX model version. */
export function createOnnxConversion(body: CreateOnnxConversionBody): Promise<ConversionDto> {
  return sendJson<ConversionDto>("/api/v1/conversions", "POST", { ...body, target: "onnx" });
}
