import { AppError } from "@/lib/errors";
import { explainTopLevelScan, HEAD_BYTES, MAX_PLAUSIBLE_IR_VERSION, MODEL_FIELDS } from "./diagnose-undecodable-model";
import { concatBytes as concat, encodeVarint, readVarint } from "./protobuf-wire";

// Reads an ONNX file as a stream and keeps everything but the bulk of its weights: the
// result is itself a valid ModelProto (graph, nodes, names, shapes, small tensors), a few
// hundred KiB for a 100 MB ResNet-50, which decodeOnnxModel and the summary then read as
// usual. The weights are never needed to summarise a graph — tensors over 4096 elements
// are never read (tensor-data.ts) — so a model is inspected in one pass, in bounded
// memory, even while it is still being uploaded.
//
// protobufjs decodes whole buffers only, and no maintained package skips fields of a
// protobuf stream, so the framing is read here; every message kept is still decoded by
// protobufjs. Wire format: https://protobuf.dev/programming-guides/encoding/ — a field
// is a varint tag (field number << 3 | wire type) then a varint (0), 8 bytes (1), a
// varint length and that many bytes (2), or 4 bytes (5).

/** Data fields of a TensorProto longer than this lose their bytes (4096 int64 = 32 KiB). */
const LARGE_FIELD_BYTES = 64 * 1024;
/** Longer than any tag, length or fixed field (10 + 10 + 8 bytes). */
const BRIDGE_BYTES = 64;
const GRAPH_FIELD = 7; // ModelProto.graph
const INITIALIZER_FIELD = 5; // GraphProto.initializer
// TensorProto float_data, int32_data, int64_data, raw_data, double_data, uint64_data.
const TENSOR_DATA_FIELDS = new Set([4, 5, 7, 9, 10, 11]);

type Frame = { kind: "model" | "graph" | "tensor"; field: number; end: number; kept: Uint8Array[] };

export type OnnxSlimmer = {
  /** Feeds the next bytes of the file. */
  write: (chunk: Uint8Array) => void;
  /** The slim ModelProto, once the whole file was written; AppError("invalid_model"/"empty_file") otherwise. */
  finish: () => Uint8Array;
};

export function createOnnxSlimmer(): OnnxSlimmer {
  const stack: Frame[] = [{ kind: "model", field: 0, end: Infinity, kept: [] }];
  let pending: Uint8Array = new Uint8Array(0); // bytes received but not yet parsed
  let offset = 0; // absolute offset of pending[0] in the file
  let skipping = 0; // bytes of a dropped field still to pass over
  let copying: { left: number; into: Uint8Array[] } | null = null; // bytes of a kept field still to copy
  let head: Uint8Array = new Uint8Array(0);
  let hasIrVersion = false;
  let failure: AppError | null = null;
  let isForeign = false;
  let openField: string | null = null; // the top-level field being read, for "truncated inside …"

  const fail = (error: AppError) => (failure ??= error);

  const write = (chunk: Uint8Array) => {
    if (failure || isForeign) return;
    if (head.length < HEAD_BYTES) head = concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
    try {
      // What is left from the last chunk is at most a cut-off tag or length (a few bytes);
      // it is joined with the start of this chunk only, never copied with all of it.
      while (pending.length && chunk.length) {
        const bridge = Math.min(chunk.length, BRIDGE_BYTES);
        pending = concat([pending, chunk.subarray(0, bridge)]);
        chunk = chunk.subarray(bridge);
        parse();
      }
      if (chunk.length) {
        pending = chunk;
        parse();
      }
    } catch (error) {
      fail(error instanceof AppError ? error : new AppError("invalid_model", `The ONNX file is damaged: ${(error as Error).message}.`));
    }
  };

  /** Consumes as much of `pending` as forms whole fields (or skips and copies across chunks). */
  const parse = () => {
    let at = 0;
    const take = (n: number) => {
      const bytes = pending.subarray(at, at + n);
      at += n;
      return bytes;
    };
    for (;;) {
      if (skipping > 0) {
        const n = Math.min(skipping, pending.length - at);
        at += n;
        skipping -= n;
        if (skipping > 0) break;
      }
      if (copying) {
        const n = Math.min(copying.left, pending.length - at);
        copying.into.push(take(n).slice());
        copying.left -= n;
        if (copying.left > 0) break;
        copying = null;
      }
      const position = offset + at;
      closeFinishedFrames(position);
      const frame = stack[stack.length - 1];
      if (position > frame.end) throw new AppError("invalid_model", "The ONNX file is damaged: a field runs past the end of the message that holds it.");
      const tag = readVarint(pending, at);
      if (!tag) break; // wait for more bytes
      const field = Number(tag.value >> 3n);
      const wireType = Number(tag.value & 7n);
      if (frame.kind === "model") {
        const known = MODEL_FIELDS[field];
        if (!known || known.wireType !== wireType) {
          isForeign = true;
          return;
        }
        openField = known.name;
      }
      if (wireType === 0) {
        const value = readVarint(pending, tag.next);
        if (!value) break;
        if (frame.kind === "model" && field === 1) hasIrVersion = value.value >= 1n && value.value <= BigInt(MAX_PLAUSIBLE_IR_VERSION);
        frame.kept.push(pending.slice(at, value.next));
        at = value.next;
        continue;
      }
      if (wireType === 1 || wireType === 5) {
        const size = wireType === 1 ? 8 : 4;
        if (pending.length - tag.next < size) break;
        frame.kept.push(pending.slice(at, tag.next + size));
        at = tag.next + size;
        continue;
      }
      if (wireType !== 2) throw new AppError("invalid_model", `The ONNX file is damaged: field ${field} has wire type ${wireType}, which ONNX does not use.`);
      const length = readVarint(pending, tag.next);
      if (!length) break;
      const size = Number(length.value);
      const start = offset + length.next;
      if (frame.kind === "model" && field === GRAPH_FIELD) {
        stack.push({ kind: "graph", field, end: start + size, kept: [] });
      } else if (frame.kind === "graph" && field === INITIALIZER_FIELD && size > LARGE_FIELD_BYTES) {
        stack.push({ kind: "tensor", field, end: start + size, kept: [] });
      } else if (frame.kind === "tensor" && TENSOR_DATA_FIELDS.has(field) && size > LARGE_FIELD_BYTES) {
        skipping = size; // the weights themselves: passed over, never held
      } else {
        frame.kept.push(pending.slice(at, length.next));
        copying = { left: size, into: frame.kept };
      }
      at = length.next;
    }
    offset += at;
    // Only a cut-off tag, length or fixed field remains: a few bytes, copied so the chunk can go.
    pending = pending.slice(at);
  };

  /** A nested message whose last byte has been read goes into its parent as one field. */
  const closeFinishedFrames = (position: number) => {
    while (stack.length > 1 && position === stack[stack.length - 1].end) {
      const done = stack.pop()!;
      const body = concat(done.kept);
      stack[stack.length - 1].kept.push(encodeVarint(BigInt((done.field << 3) | 2)), encodeVarint(BigInt(body.length)), body);
    }
  };

  const finish = (): Uint8Array => {
    if (failure) throw failure;
    const size = offset + pending.length;
    if (size === 0) throw new AppError("empty_file", "The file is empty: an ONNX model file cannot have 0 bytes.");
    if (!isForeign) closeFinishedFrames(offset);
    const isComplete = !isForeign && stack.length === 1 && pending.length === 0 && skipping === 0 && !copying;
    if (isComplete) return concat(stack[0].kept);
    const isInsideField = stack.length > 1 || copying !== null;
    const scan = isForeign || !hasIrVersion
      ? { kind: "foreign" as const }
      : { kind: "truncated" as const, field: isInsideField ? openField : null, needed: isInsideField ? neededBytes() : null };
    throw explainTopLevelScan({ scan, head, size, cause: new Error(isForeign ? "unknown top-level field" : "the stream ended inside a field") });
  };

  // How many more bytes the open top-level field declared; null when its length was cut off.
  const neededBytes = (): number | null => {
    if (stack.length > 1) return stack[1].end - (offset + pending.length);
    if (copying) return copying.left;
    return null;
  };

  return { write, finish };
}
