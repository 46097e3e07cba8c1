import { quantizeMsFp, type MsFpFormat } from "@/lib/fpga";
import type { TensorEncoding } from "@/lib/onnx/rewrite-initializers-stream";
import { fromFloat16Bits, toFloat16Bits } from "@/lib/scoring/float16";

// What one weight tensor becomes on the FPGA, written back in its own dtype so the
// converted model still runs on onnxruntime: the values are those the device would hold.
//   ms-fp: blocks of `blockSize` values along the dot-product axis share one exponent
//          (a block never spans two output rows: each row of the weight matrix is one
//          dot product, and Brainwave shares exponents within a native vector);
//   fp16:  each value rounded to binary16 (the vector units' constants, or fp16 precision).

export type WeightRule =
  | { kind: "ms-fp"; format: MsFpFormat; blockSize: number; exponentChoice: "max" | "mse"; rows: number; rowLength: number; isTransposed: boolean }
  | { kind: "fp16" };

export type TensorQuantization = { count: number; maxAbsError: number; squaredError: number };

/** Rewrites a float32 or float16 tensor's little-endian bytes in place. */
export function quantizeTensorData(options: { data: Uint8Array; dtype: "float32" | "float16"; encoding: TensorEncoding; rule: WeightRule }): TensorQuantization {
  const { data, dtype, rule } = options;
  // Both encodings are little-endian fixed width (raw_data by the ONNX spec; packed float_data as protobuf fixed32).
  const values = dtype === "float32" ? new Float32Array(data.buffer, data.byteOffset, data.byteLength / 4) : widen(data);
  const original = values.slice();
  if (rule.kind === "ms-fp") quantizeBlocks(values, rule);
  else for (let i = 0; i < values.length; i++) values[i] = fromFloat16Bits(toFloat16Bits(values[i]));
  if (dtype === "float16") narrow(values, data);
  let maxAbsError = 0;
  let squaredError = 0;
  const stored = dtype === "float16" ? widen(data) : values;
  for (let i = 0; i < stored.length; i++) {
    const error = Math.abs(stored[i] - original[i]);
    if (error > maxAbsError) maxAbsError = error;
    squaredError += error * error;
  }
  return { count: values.length, maxAbsError, squaredError };
}

function quantizeBlocks(values: Float32Array, rule: Extract<WeightRule, { kind: "ms-fp" }>): void {
  const { rows, rowLength, isTransposed, format, blockSize, exponentChoice } = rule;
  const row = new Float32Array(rowLength);
  for (let r = 0; r < rows; r++) {
    // Transposed: the dot product of output r runs down column r of a [rowLength, rows] matrix.
    if (isTransposed) for (let k = 0; k < rowLength; k++) row[k] = values[k * rows + r];
    else row.set(values.subarray(r * rowLength, (r + 1) * rowLength));
    const quantized = quantizeMsFp({ values: row, format, blockSize, exponentChoice }).values;
    if (isTransposed) for (let k = 0; k < rowLength; k++) values[k * rows + r] = quantized[k];
    else values.set(quantized, r * rowLength);
  }
}

function widen(data: Uint8Array): Float32Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Float32Array(data.byteLength / 2);
  for (let i = 0; i < out.length; i++) out[i] = fromFloat16Bits(view.getUint16(i * 2, true));
  return out;
}

function narrow(values: Float32Array, data: Uint8Array): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < values.length; i++) view.setUint16(i * 2, toFloat16Bits(values[i]), true);
}
