// ms-fp: Brainwave's narrow block floating point. Public sources (Chung et al., IEEE
// Micro 2018; Fowers et al., ISCA 2018, as summarised in FPGA.md) say only that values in
// a block share one ~5-bit exponent and each keeps a sign and a very short mantissa
// (ms-fp8 ≈ 2 bits, ms-fp9 ≈ 3). The layout below is ours, with block size, exponent and
// mantissa widths as parameters:
//   • a block is `blockSize` consecutive values (the last one may be shorter);
//   • shared exponent E, stored biased by 2^(exponentBits−1) − 1, so E ∈ [−bias, 2^exponentBits − 1 − bias]
//     ([−15, 16] for 5 bits); every code is a finite exponent, none is kept for Inf/NaN;
//   • element = sign + `mantissaBits`-bit magnitude q, no hidden bit:
//     value = (−1)^sign · q · 2^(E − mantissaBits + 1), q ∈ [0, 2^mantissaBits − 1];
//   • E = floor(log2(block max |v|)), one higher when the max would round past the largest q,
//     then clamped to the range; so the max, like every value, is within half an ulp;
//   • rounding is to nearest, ties to even q (x.5 ulp goes to the even neighbour: 0.5 → 0, 1.5 → 2);
//   • beyond the top exponent values saturate at the largest magnitude; values under half
//     an ulp of their block flush to zero (a zero q is +0, never −0).
import { AppError } from "@/lib/errors";
import type { MsFpFormat } from "./types";

export type QuantizeMsFpOptions = {
  values: Float32Array;
  format: MsFpFormat;
  blockSize?: number;
  exponentBits?: number;
  /** Defaults: ms-fp8 → 2, ms-fp9 → 3. */
  mantissaBits?: number;
};

export type MsFpQuantization = {
  /** The quantized values, dequantized back to float32. */
  values: Float32Array;
  /** One unbiased shared exponent per block. */
  sharedExponents: Int8Array | Int16Array;
  maxAbsError: number;
  rmsError: number;
};

type LayoutOptions = Pick<QuantizeMsFpOptions, "format" | "exponentBits" | "mantissaBits">;

export type MsFpErrorBoundOptions = LayoutOptions & {
  blockMaxAbs: number;
};

const DEFAULT_MANTISSA_BITS: Record<MsFpFormat, number> = { "ms-fp8": 2, "ms-fp9": 3 };

export type MsFpLayout = { mantissaBits: number; minExponent: number; maxExponent: number; maxQ: number };
type Layout = MsFpLayout;

export function quantizeMsFp(options: QuantizeMsFpOptions): MsFpQuantization {
  const { values, blockSize = 16 } = options;
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new AppError("validation_failed", `blockSize must be a positive integer, got ${blockSize}.`);
  }
  const layout = layoutOf(options);
  const blocks = Math.ceil(values.length / blockSize);
  const sharedExponents = layout.maxExponent <= 127 ? new Int8Array(blocks) : new Int16Array(blocks);
  const out = new Float32Array(values.length);
  let maxAbsError = 0;
  let squaredError = 0;
  for (let block = 0; block < blocks; block++) {
    const start = block * blockSize;
    const end = Math.min(start + blockSize, values.length);
    let blockMax = 0;
    for (let i = start; i < end; i++) {
      if (!Number.isFinite(values[i])) throw new AppError("validation_failed", `ms-fp cannot encode ${values[i]} (index ${i}).`);
      blockMax = Math.max(blockMax, Math.abs(values[i]));
    }
    const exponent = sharedExponentOf(blockMax, layout);
    sharedExponents[block] = exponent;
    const ulp = 2 ** (exponent - layout.mantissaBits + 1);
    for (let i = start; i < end; i++) {
      const q = Math.min(roundHalfEven(Math.abs(values[i]) / ulp), layout.maxQ);
      out[i] = q === 0 ? 0 : Math.sign(values[i]) * q * ulp;
      const error = Math.abs(out[i] - values[i]);
      maxAbsError = Math.max(maxAbsError, error);
      squaredError += error * error;
    }
  }
  const rmsError = values.length > 0 ? Math.sqrt(squaredError / values.length) : 0;
  return { values: out, sharedExponents, maxAbsError, rmsError };
}

/**
 * The largest error any value of a block can get: half an ulp at the block's shared
 * exponent, or, when the block max lies beyond the top exponent, its saturation error.
 */
export function msFpErrorBound(options: MsFpErrorBoundOptions): number {
  const layout = layoutOf(options);
  const blockMaxAbs = Math.abs(options.blockMaxAbs);
  const exponent = sharedExponentOf(blockMaxAbs, layout);
  const ulp = 2 ** (exponent - layout.mantissaBits + 1);
  return Math.max(ulp / 2, blockMaxAbs - layout.maxQ * ulp);
}

/** The element layout of a format (validated): what quantizeMsFpInPlace takes. */
export function layoutOf({ format, exponentBits = 5, mantissaBits }: LayoutOptions): Layout {
  const bits = mantissaBits ?? DEFAULT_MANTISSA_BITS[format];
  if (!Number.isInteger(exponentBits) || exponentBits < 2 || exponentBits > 8) {
    throw new AppError("validation_failed", `exponentBits must be an integer from 2 to 8, got ${exponentBits}.`);
  }
  if (!Number.isInteger(bits) || bits < 1 || bits > 10) {
    throw new AppError("validation_failed", `mantissaBits must be an integer from 1 to 10, got ${bits}.`);
  }
  const bias = 2 ** (exponentBits - 1) - 1;
  return { mantissaBits: bits, minExponent: -bias, maxExponent: 2 ** exponentBits - 1 - bias, maxQ: 2 ** bits - 1 };
}

function sharedExponentOf(blockMax: number, layout: Layout): number {
  if (blockMax === 0) return layout.minExponent;
  let exponent = floorLog2(blockMax);
  if (roundHalfEven(blockMax / 2 ** (exponent - layout.mantissaBits + 1)) > layout.maxQ) exponent += 1;
  return Math.min(Math.max(exponent, layout.minExponent), layout.maxExponent);
}

/** floor(log2(x)) for x > 0, corrected where Math.log2 rounds across a power of two. */
function floorLog2(x: number): number {
  let exponent = Math.floor(Math.log2(x));
  if (2 ** exponent > x) exponent -= 1;
  else if (2 ** (exponent + 1) <= x) exponent += 1;
  return exponent;
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
