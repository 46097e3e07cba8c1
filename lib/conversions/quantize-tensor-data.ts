import type { MsFpFormat } from "@/lib/fpga";
import { layoutOf } from "@/lib/fpga/ms-fp";
import { quantizeMsFpInPlace, type QuantizationError } from "@/lib/fpga/quantize-ms-fp-in-place";
import type { TensorEncoding } from "@/lib/onnx/rewrite-initializers-stream";
import { fromFloat16Bits, toFloat16Bits } from "@/lib/scoring/float16";

// What one weight tensor becomes on the FPGA, written back in its own dtype so the
// converted model still runs on onnxruntime: the values are those the device would hold.
//   ms-fp: blocks of `blockSize` values along the dot-product axis share one exponent
//          (a block never spans two output rows: each row of the weight matrix is one
//          dot product, and Brainwave shares exponents within a native vector);
//   fp16:  each value rounded to binary16 (the vector units' constants, or fp16 precision).

export type WeightRule =
  | { kind: "ms-fp"; format: MsFpFormat; blockSize: number; rows: number; rowLength: number; isTransposed: boolean }
  | { kind: "fp16" };

export type TensorQuantization = { count: number; maxAbsError: number; squaredError: number };

/** Rewrites a float32 or float16 tensor's little-endian bytes in place. */
export function quantizeTensorData(options: { data: Uint8Array; dtype: "float32" | "float16"; encoding: TensorEncoding; rule: WeightRule }): TensorQuantization {
  const { data, dtype, rule } = options;
  // Both encodings are little-endian fixed width (raw_data by the ONNX spec; packed float_data as protobuf fixed32).
  const values = dtype === "float32" ? new Float32Array(data.buffer, data.byteOffset, data.byteLength / 4) : widen(data);
  const error: QuantizationError = { maxAbsError: 0, squaredError: 0 };
  if (rule.kind === "ms-fp") quantizeBlocks(values, rule, error);
  else roundToFloat16(values, error);
  // A float16 tensor stores binary16 again: ms-fp values with small exponents may round once more.
  if (dtype === "float16") narrow(values, data);
  return { count: values.length, ...error };
}

function roundToFloat16(values: Float32Array, error: QuantizationError): void {
  for (let i = 0; i < values.length; i++) {
    const rounded = fromFloat16Bits(toFloat16Bits(values[i]));
    const diff = Math.abs(rounded - values[i]);
    if (diff > error.maxAbsError) error.maxAbsError = diff;
    error.squaredError += diff * diff;
    values[i] = rounded;
  }
}

function quantizeBlocks(values: Float32Array, rule: Extract<WeightRule, { kind: "ms-fp" }>, error: QuantizationError): void {
  const { rows, rowLength, isTransposed, format, blockSize } = rule;
  const layout = layoutOf({ format });
  if (!isTransposed) {
    // Blocks restart at each row: a block never spans two outputs' weights.
    for (let r = 0; r < rows; r++) quantizeMsFpInPlace(values, r * rowLength, (r + 1) * rowLength, blockSize, layout, error);
    return;
  }
  // Transposed: the dot product of output r runs down column r of a [rowLength, rows] matrix.
  const row = new Float32Array(rowLength);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < rowLength; k++) row[k] = values[k * rows + r];
    quantizeMsFpInPlace(row, 0, rowLength, blockSize, layout, error);
    for (let k = 0; k < rowLength; k++) values[k * rows + r] = row[k];
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
