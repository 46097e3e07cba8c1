import { AppError } from "@/lib/errors";

// The three pieces of the protobuf wire format the ONNX slimmer needs
// (https://protobuf.dev/programming-guides/encoding/): base-128 varints, read from a
// buffer that may end inside one, and written; and joining byte chunks.

/** A varint at `at`, or null when the buffer ends inside it. */
export function readVarint(bytes: Uint8Array, at: number): { value: bigint; next: number } | null {
  let value = 0n;
  let shift = 0n;
  for (let i = at; i < bytes.length; i++) {
    value |= BigInt(bytes[i] & 0x7f) << shift;
    if ((bytes[i] & 0x80) === 0) return { value, next: i + 1 };
    shift += 7n;
    if (shift > 63n) throw new AppError("invalid_model", "The ONNX file is damaged: a varint is longer than 10 bytes.");
  }
  return null;
}

export function encodeVarint(value: bigint): Uint8Array {
  const bytes: number[] = [];
  do {
    let byte = Number(value & 0x7fn);
    value >>= 7n;
    if (value > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0n);
  return Uint8Array.from(bytes);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
