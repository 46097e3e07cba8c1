import type { OnnxModel } from "./model-proto-types";
import { getOnnxType } from "./onnx-root";

/** A ModelProto as plain objects; like OnnxModel, but any field may be left out. */
export type OnnxModelInput = { [K in keyof OnnxModel]?: unknown };

/** Serializes a ModelProto given as plain objects (the shape decodeOnnxModel returns). */
export function encodeOnnxModel(model: OnnxModelInput): Uint8Array {
  const ModelProto = getOnnxType("ModelProto");
  return ModelProto.encode(ModelProto.fromObject(model)).finish();
}
