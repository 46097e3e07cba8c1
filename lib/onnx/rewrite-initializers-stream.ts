import { AppError } from "@/lib/errors";
import { concatBytes, readVarint } from "./protobuf-wire";

// Rewrites the weights of chosen initializers of an ONNX file as it streams through,
// keeping every byte count: a quantised float32 weight is still 4 bytes (it holds the
// value the FPGA would hold), so no length prefix of any enclosing message changes and
// the file can be written in one pass, holding one tensor at a time. Everything else is
// copied through untouched. Parts are handed to `emit`, which must consume them before
// it returns: they are views of the caller's chunk or of one scratch buffer reused for
// every tensor, so that a 100 MB model leaves no 100 MB of garbage behind.
//
// Wire format as in slim-onnx-stream.ts (https://protobuf.dev/programming-guides/encoding/).
// Initializers are counted in file order, which is the order decodeOnnxModel lists them.

const GRAPH_FIELD = 7; // ModelProto.graph
const INITIALIZER_FIELD = 5; // GraphProto.initializer
/** TensorProto fields whose bytes are fixed-width elements: raw_data and packed float_data. */
const FIXED_WIDTH_DATA = new Map([[9, "raw"], [4, "float_data"]] as const);
/** TensorProto fields holding varints (int32_data, int64_data, uint64_data): their length depends on the values. */
const VARINT_DATA = new Set([5, 7, 11]);

export type TensorEncoding = "raw" | "float_data";
/** Rewrites a tensor's data in place; must not change its length. */
export type RewriteTensorData = (data: Uint8Array, encoding: TensorEncoding) => void;

export type InitializerRewriter = {
  /** Passes the bytes to write for this chunk of the source to `emit`, in order. */
  write: (chunk: Uint8Array, emit: (part: Uint8Array) => void) => void;
  /** Checks the file ended cleanly and every planned tensor was found. */
  finish: () => void;
};

type Frame = { kind: "model" | "graph" | "tensor"; end: number; index: number };

export function createInitializerRewriter(options: { rewrites: Map<number, RewriteTensorData> }): InitializerRewriter {
  const { rewrites } = options;
  const done = new Set<number>();
  const stack: Frame[] = [{ kind: "model", end: Infinity, index: -1 }];
  let pending: Uint8Array = new Uint8Array(0);
  let offset = 0; // absolute offset of pending[0]
  let passing = 0; // bytes of the current field still to copy through
  let collecting: { data: Uint8Array; filled: number; index: number; encoding: TensorEncoding } | null = null;
  let initializers = 0;
  let scratch = new Uint8Array(0);

  const write = (chunk: Uint8Array, emit: (part: Uint8Array) => void): void => {
    const data = pending.length ? concatBytes([pending, chunk]) : chunk;
    let at = 0;
    for (;;) {
      if (passing > 0) {
        const n = Math.min(passing, data.length - at);
        emit(data.subarray(at, at + n));
        at += n;
        passing -= n;
        if (passing > 0) break;
      }
      if (collecting) {
        const n = Math.min(collecting.data.length - collecting.filled, data.length - at);
        collecting.data.set(data.subarray(at, at + n), collecting.filled);
        collecting.filled += n;
        at += n;
        if (collecting.filled < collecting.data.length) break;
        rewrites.get(collecting.index)!(collecting.data, collecting.encoding);
        done.add(collecting.index);
        emit(collecting.data);
        collecting = null;
      }
      const position = offset + at;
      while (stack.length > 1 && position >= stack[stack.length - 1].end) stack.pop();
      const frame = stack[stack.length - 1];
      const tag = readVarint(data, at);
      if (!tag) break;
      const field = Number(tag.value >> 3n);
      const wireType = Number(tag.value & 7n);
      if (wireType === 0) {
        const value = readVarint(data, tag.next);
        if (!value) break;
        emit(data.subarray(at, value.next));
        at = value.next;
        continue;
      }
      if (wireType === 1 || wireType === 5) {
        const end = tag.next + (wireType === 1 ? 8 : 4);
        if (end > data.length) break;
        emit(data.subarray(at, end));
        at = end;
        continue;
      }
      if (wireType !== 2) throw new AppError("invalid_model", `The ONNX file is damaged: field ${field} has wire type ${wireType}, which ONNX does not use.`);
      const length = readVarint(data, tag.next);
      if (!length) break;
      const size = Number(length.value);
      const start = offset + length.next;
      emit(data.subarray(at, length.next));
      at = length.next;
      if (frame.kind === "model" && field === GRAPH_FIELD) {
        stack.push({ kind: "graph", end: start + size, index: -1 });
      } else if (frame.kind === "graph" && field === INITIALIZER_FIELD) {
        stack.push({ kind: "tensor", end: start + size, index: initializers++ });
      } else if (frame.kind === "tensor" && rewrites.has(frame.index) && FIXED_WIDTH_DATA.has(field as 9 | 4)) {
        if (scratch.length < size) scratch = new Uint8Array(size);
        // A fresh view at offset 0: float32 views of it stay aligned.
        collecting = { data: scratch.subarray(0, size), filled: 0, index: frame.index, encoding: FIXED_WIDTH_DATA.get(field as 9 | 4)! };
      } else if (frame.kind === "tensor" && rewrites.has(frame.index) && VARINT_DATA.has(field)) {
        throw new AppError("unsupported_model", `Initializer #${frame.index} keeps its values as varints (int32_data/int64_data), which cannot be rewritten in place; store it as raw_data.`);
      } else {
        passing = size;
      }
    }
    offset += at;
    pending = data.slice(at); // a cut-off tag or length: a few bytes
  };

  const finish = () => {
    if (pending.length || passing || collecting) throw new AppError("invalid_model", "The ONNX file ended inside a field.");
    const missing = [...rewrites.keys()].filter((index) => !done.has(index));
    if (missing.length) {
      throw new AppError("unsupported_model", `Initializers #${missing.join(", #")} hold no inline data (external data is not supported).`);
    }
  };

  return { write, finish };
}
