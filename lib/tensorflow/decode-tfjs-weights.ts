import { AppError } from "@/lib/errors";
import { halfToFloat, tfjsDataTypeName } from "./data-types";
import type { TfTensor } from "./types";

export type TfjsWeightSpec = {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: "uint8" | "uint16" | "float16"; min?: number; scale?: number };
};

/**
 * Decodes the weights of a TensorFlow.js graph model: the shards' bytes concatenated in
 * manifest order, each weight taking its elements × stored size (TENSORFLOW.md). A
 * quantised weight (uint8/uint16) decodes as min + q·scale, a float16 one widens to
 * float32. Strings are a 4-byte little-endian length then the bytes, per element.
 */
export function decodeTfjsWeights(options: { specs: TfjsWeightSpec[]; data: Uint8Array }): Map<string, TfTensor> {
  const { specs, data } = options;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const weights = new Map<string, TfTensor>();
  let offset = 0;
  const need = (bytes: number, name: string) => {
    if (offset + bytes > data.byteLength) {
      throw new AppError("invalid_model", `The weight shards end before weight "${name}" does (${data.byteLength} bytes in all); a shard is missing or truncated.`, { weight: name });
    }
  };
  for (const spec of specs) {
    const dtype = tfjsDataTypeName(spec.dtype, spec.name);
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const q = spec.quantization;
    if (dtype === "string") {
      const values: Uint8Array[] = [];
      for (let k = 0; k < count; k++) {
        need(4, spec.name);
        const length = view.getUint32(offset, true);
        need(4 + length, spec.name);
        values.push(data.subarray(offset + 4, offset + 4 + length));
        offset += 4 + length;
      }
      weights.set(spec.name, { dtype, shape: spec.shape, values });
      continue;
    }
    if (q) {
      const size = q.dtype === "uint8" ? 1 : 2;
      need(count * size, spec.name);
      const out = dtype === "int32" ? new Int32Array(count) : new Float32Array(count);
      for (let k = 0; k < count; k++) {
        const at = offset + k * size;
        if (q.dtype === "float16") out[k] = halfToFloat(view.getUint16(at, true));
        else out[k] = (q.min ?? 0) + (size === 1 ? view.getUint8(at) : view.getUint16(at, true)) * (q.scale ?? 1);
      }
      offset += count * size;
      weights.set(spec.name, { dtype, shape: spec.shape, values: out, storedAs: { dtype: q.dtype, min: q.min, scale: q.scale } });
      continue;
    }
    const size = dtype === "bool" ? 1 : 4;
    need(count * size, spec.name);
    // A copy into its own buffer (a Buffer's slice would be a view of the whole shard
    // set): a weight never keeps the shards alive, and is aligned for typed arrays.
    const bytes = new Uint8Array(count * size);
    bytes.set(data.subarray(offset, offset + count * size));
    const values = dtype === "float32" ? new Float32Array(bytes.buffer) : dtype === "int32" ? new Int32Array(bytes.buffer) : bytes;
    offset += count * size;
    weights.set(spec.name, { dtype, shape: spec.shape, values });
  }
  if (offset !== data.byteLength) {
    throw new AppError("invalid_model", `The weight shards hold ${data.byteLength} bytes but the manifest describes ${offset}; they do not belong together.`);
  }
  return weights;
}

/** Bytes a manifest's weights occupy as stored (what the shards must add up to, strings aside). */
export function storedWeightBytes(specs: TfjsWeightSpec[]): number {
  return specs.reduce((sum, s) => {
    const count = s.shape.reduce((a, b) => a * b, 1);
    const size = s.quantization ? (s.quantization.dtype === "uint8" ? 1 : 2) : s.dtype === "bool" ? 1 : 4;
    return sum + count * size;
  }, 0);
}
