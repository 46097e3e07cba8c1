import type { IConversionOptions } from "protobufjs/light.js";
import { AppError } from "@/lib/errors";
import { describeFileKind } from "./describe-file-kind";
import { diagnoseUndecodableModel, MAX_PLAUSIBLE_IR_VERSION, notOnnx } from "./diagnose-undecodable-model";
import type { OnnxModel } from "./model-proto-types";
import { getOnnxType } from "./onnx-root";

// int64 → number (dims, versions and shape constants are far below 2^53); enums →
// their names ("INTS", "EXTERNAL"); bytes stay as views into the input buffer (the
// protobufjs default); repeated fields always arrays; unset optional scalars absent.
const TO_OBJECT: IConversionOptions = { longs: Number, enums: String, arrays: true, defaults: false };

/**
 * Decodes an ONNX file (a serialized ModelProto) into plain objects, and rejects what
 * is not a usable model: AppError "empty_file" for no bytes, "invalid_model" with a
 * message naming the problem for anything else that is not a complete ONNX model.
 * Synchronous: the work is CPU-bound (a few ms for a 5 MB model).
 */
export function decodeOnnxModel(buffer: Uint8Array): OnnxModel {
  if (buffer.byteLength === 0) {
    throw new AppError("empty_file", "The file is empty: an ONNX model file cannot have 0 bytes.");
  }
  // A Buffer view (no copy) makes protobufjs hand out Buffer slices for bytes fields.
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const ModelProto = getOnnxType("ModelProto");
  let message;
  try {
    message = ModelProto.decode(bytes);
  } catch (error) {
    throw diagnoseUndecodableModel(bytes, error);
  }
  const model = ModelProto.toObject(message, TO_OBJECT) as Partial<OnnxModel>;
  assertUsableModel(model, bytes);
  return model;
}

function assertUsableModel(model: Partial<OnnxModel>, bytes: Uint8Array): asserts model is OnnxModel {
  const irVersion = model.ir_version;
  const hasIrVersion = irVersion !== undefined && irVersion >= 1 && irVersion <= MAX_PLAUSIBLE_IR_VERSION;
  if (!hasIrVersion || !model.graph) {
    const kind = describeFileKind(bytes);
    if (kind) throw notOnnx(`the file looks like ${kind}.`);
    if (!hasIrVersion && !model.graph) throw notOnnx("it has neither an IR version nor a graph.");
    if (!hasIrVersion) throw notOnnx(`its IR version (ir_version) is ${irVersion ?? "missing"}.`);
    throw invalid("The model has no graph; the file may be truncated or only hold metadata.");
  }
  const graph = model.graph;
  if (graph.node.length === 0) throw invalid("The model's graph has no nodes, so there is nothing to run.");
  if (graph.output.length === 0) throw invalid("The model's graph declares no outputs.");
  const unnamed = graph.node.findIndex((node) => !node.op_type);
  if (unnamed >= 0) throw invalid(`Node #${unnamed} of the graph has no operator type (op_type); the file is damaged.`);
  // IR version 3 introduced opset_import and made it mandatory (onnx.proto, Version enum).
  if (model.ir_version! >= 3 && (model.opset_import ?? []).length === 0) {
    throw invalid("The model imports no operator set (opset_import is empty); the file may be truncated.");
  }
}

function invalid(message: string): AppError {
  return new AppError("invalid_model", message);
}
