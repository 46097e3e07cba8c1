import { endianness } from "node:os";
import { AppError } from "@/lib/errors";

// raw_input_contents (PROTOCOLS.md; KServe's gRPC predict v2): one buffer per input,
// little-endian; a BYTES tensor is its elements one after another, each a 4-byte
// little-endian length followed by that many bytes.

export function decodeRawBytes(options: { name: string; raw: Buffer }): Buffer[] {
  const { name, raw } = options;
  const elements: Buffer[] = [];
  let offset = 0;
  while (offset < raw.length) {
    if (offset + 4 > raw.length) {
      throw new AppError("validation_failed", `raw_input_contents of "${name}": ${raw.length - offset} byte(s) at offset ${offset} are too few for a 4-byte length prefix.`);
    }
    const length = raw.readUInt32LE(offset);
    const start = offset + 4;
    if (start + length > raw.length) {
      throw new AppError("validation_failed", `raw_input_contents of "${name}": the element at offset ${offset} declares ${length} bytes, but only ${raw.length - start} follow.`);
    }
    elements.push(raw.subarray(start, start + length));
    offset = start + length;
  }
  return elements;
}

export function decodeRawFp32(options: { name: string; raw: Buffer }): Float32Array {
  const { name, raw } = options;
  if (raw.length % 4 !== 0) throw new AppError("validation_failed", `raw_input_contents of "${name}" has ${raw.length} bytes, not a whole number of FP32 values.`);
  const values = new Float32Array(raw.length / 4);
  // A copy also aligns the values (a protobuf field's bytes may start anywhere).
  if (endianness() === "LE") new Uint8Array(values.buffer).set(raw);
  else for (let i = 0; i < values.length; i++) values[i] = raw.readFloatLE(i * 4);
  return values;
}

/** The reverse for an answer: FP32 values as raw_output_contents. */
export function encodeRawFp32(values: Float32Array): Buffer {
  if (endianness() === "LE") return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const raw = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => raw.writeFloatLE(v, i * 4));
  return raw;
}
