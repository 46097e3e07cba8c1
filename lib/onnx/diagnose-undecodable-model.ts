import { Reader } from "protobufjs/light.js";
import { AppError } from "@/lib/errors";
import { describeFileKind } from "./describe-file-kind";

// ModelProto's top-level fields (onnx.proto) with their protobuf wire types:
// 0 = varint, 2 = length-delimited.
export const MODEL_FIELDS: Record<number, { name: string; wireType: number }> = {
  1: { name: "ir_version", wireType: 0 },
  2: { name: "producer_name", wireType: 2 },
  3: { name: "producer_version", wireType: 2 },
  4: { name: "domain", wireType: 2 },
  5: { name: "model_version", wireType: 0 },
  6: { name: "doc_string", wireType: 2 },
  7: { name: "graph", wireType: 2 },
  8: { name: "opset_import", wireType: 2 },
  14: { name: "metadata_props", wireType: 2 },
  20: { name: "training_info", wireType: 2 },
  25: { name: "functions", wireType: 2 },
};

/** Enough of a file's start to name its kind (describeFileKind reads the first KiB, and one byte past it). */
export const HEAD_BYTES = 4096;

/** Newest IR version is 10–13 depending on the onnx release; anything far above is noise. */
export const MAX_PLAUSIBLE_IR_VERSION = 64;

export type TopLevelScan =
  | { kind: "foreign" }
  | { kind: "complete" }
  | { kind: "truncated"; field: string | null; needed: number | null };

/**
 * Explains why protobufjs could not decode the bytes as a ModelProto. Walking the
 * top-level fields tells a cut-off model (valid ir_version, known fields, then a field
 * whose declared length runs past the end) from bytes that were never ONNX.
 */
export function diagnoseUndecodableModel(bytes: Uint8Array, cause: unknown): AppError {
  return explainTopLevelScan({ scan: scanTopLevel(bytes), head: bytes.subarray(0, HEAD_BYTES), size: bytes.length, cause });
}

/**
 * The error for a model whose top level scanned as `scan`; `head` (the first KiB) is
 * enough to name a foreign file's kind, so a stream need not keep the whole file.
 */
export function explainTopLevelScan(options: { scan: TopLevelScan; head: Uint8Array; size: number; cause: unknown }): AppError {
  const { scan, cause } = options;
  const reason = cause instanceof Error ? cause.message : String(cause);
  if (scan.kind === "truncated") {
    const where = scan.field
      ? `inside the model's ${scan.field}, which needs ${scan.needed} more byte${scan.needed === 1 ? "" : "s"}`
      : "in the middle of a field";
    return new AppError(
      "invalid_model",
      `The file is truncated: it ends after ${options.size} bytes, ${where}. Upload the complete .onnx file.`,
      { reason },
    );
  }
  const kind = describeFileKind(options.head);
  if (kind) return notOnnx(`the file looks like ${kind}.`, reason);
  if (scan.kind === "complete") {
    return new AppError(
      "invalid_model",
      `The ONNX file is damaged: its top level reads correctly but the graph inside does not decode (${reason}).`,
      { reason },
    );
  }
  return notOnnx(`its bytes do not follow the ONNX protobuf layout (${reason}).`, reason);
}

export function notOnnx(what: string, reason?: string): AppError {
  return new AppError("invalid_model", `This is not an ONNX model: ${what}`, reason ? { reason } : undefined);
}

function scanTopLevel(bytes: Uint8Array): TopLevelScan {
  const reader = Reader.create(bytes);
  let hasIrVersion = false;
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const field = MODEL_FIELDS[tag >>> 3];
      if (!field || field.wireType !== (tag & 7)) return { kind: "foreign" };
      if (field.wireType === 0) {
        const value = reader.uint32();
        if (field.name === "ir_version") hasIrVersion = value >= 1 && value <= MAX_PLAUSIBLE_IR_VERSION;
        continue;
      }
      const length = reader.uint32();
      const needed = reader.pos + length - reader.len;
      if (needed > 0) return hasIrVersion ? { kind: "truncated", field: field.name, needed } : { kind: "foreign" };
      reader.skip(length);
    }
  } catch {
    // A varint cut off at the very end: truncated only if the start already read as ONNX.
    return hasIrVersion ? { kind: "truncated", field: null, needed: null } : { kind: "foreign" };
  }
  return { kind: "complete" };
}
