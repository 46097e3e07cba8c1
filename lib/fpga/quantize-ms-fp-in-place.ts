import type { MsFpLayout } from "./ms-fp";

// The same numbers as quantizeMsFp (ms-fp.ts), written over the input and without its
// per-call allocations, for converting whole models: a ResNet-50 has 25 M weights, and
// quantizeMsFp's Math.log2 and fresh arrays per block cost most of a conversion's time.
// The block's exponent comes from the float32 bit pattern of its largest magnitude
// (exact for normal floats; subnormal maxima fall back to Math.log2).

// 2^k for every k a float32 and the widest layout can ask for (−160 to 169): a lookup
// per block, where Math.pow per block made a ResNet-50 conversion take 2.5 times as long.
const POW2_OFFSET = 160;
const POW2 = Float64Array.from({ length: 330 }, (_, i) => 2 ** (i - POW2_OFFSET));
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** What quantising cost: the largest and the summed squared change of a value. */
export type QuantizationError = { maxAbsError: number; squaredError: number };

/** Quantises `values[start, end)` in blocks of `blockSize` (counted from `start`), in place; adds its error to `error`. */
export function quantizeMsFpInPlace(values: Float32Array, start: number, end: number, blockSize: number, layout: MsFpLayout, error: QuantizationError): void {
  const { mantissaBits, minExponent, maxExponent, maxQ } = layout;
  for (let blockStart = start; blockStart < end; blockStart += blockSize) {
    const blockEnd = Math.min(blockStart + blockSize, end);
    let max = 0;
    for (let i = blockStart; i < blockEnd; i++) {
      const magnitude = Math.abs(values[i]);
      if (magnitude > max) max = magnitude;
    }
    let exponent = minExponent;
    if (max > 0) {
      exponent = floorLog2(max);
      if (roundHalfEven(max / POW2[exponent - mantissaBits + 1 + POW2_OFFSET]) > maxQ) exponent += 1;
      exponent = Math.min(Math.max(exponent, minExponent), maxExponent);
    }
    const ulp = POW2[exponent - mantissaBits + 1 + POW2_OFFSET];
    for (let i = blockStart; i < blockEnd; i++) {
      const v = values[i];
      const q = Math.min(roundHalfEven(Math.abs(v) / ulp), maxQ);
      const quantized = q === 0 ? 0 : v < 0 ? -q * ulp : q * ulp;
      const diff = Math.abs(quantized - v);
      if (diff > error.maxAbsError) error.maxAbsError = diff;
      error.squaredError += diff * diff;
      values[i] = quantized;
    }
  }
}

function floorLog2(x: number): number {
  f32[0] = x;
  const biased = (u32[0] >>> 23) & 0xff;
  // f32 rounds x; a value just under a power of two may round up to it, so check.
  if (biased === 0 || f32[0] !== x) {
    let e = Math.floor(Math.log2(x));
    if (2 ** e > x) e -= 1;
    else if (2 ** (e + 1) <= x) e += 1;
    return e;
  }
  return biased - 127;
}

function roundHalfEven(x: number): number {
  const r = Math.round(x); // x ≥ 0 here; Math.round takes .5 up
  return r - x === 0.5 && r % 2 === 1 ? r - 1 : r;
}
