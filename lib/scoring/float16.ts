// IEEE 754 binary16 ("half") conversions. Node 20 has neither Float16Array nor
// Math.f16round, and onnxruntime-node takes and returns float16 tensors as Uint16Array
// bit patterns (onnxruntime-common tensor-impl-type-mapping.js), so the engine packs
// and unpacks the bits itself.

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float → nearest binary16 bit pattern, ties to even; overflow → ±Infinity. */
export function toFloat16Bits(value: number): number {
  f32[0] = value;
  const bits = u32[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00;
  if (halfExponent <= 0) {
    // Below 2^-25 even the smallest subnormal (2^-24) is more than twice as far.
    if (halfExponent < -10) return sign;
    // Subnormal: restore the implicit leading 1, then drop 14 − e bits with rounding.
    return sign | roundShift(mantissa | 0x800000, 14 - halfExponent);
  }
  // A rounding carry out of the mantissa correctly bumps the exponent (even to Infinity).
  return (sign | (halfExponent << 10)) + roundShift(mantissa, 13);
}

function roundShift(value: number, shift: number): number {
  const kept = value >>> shift;
  const rest = value & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  return rest > half || (rest === half && (kept & 1) === 1) ? kept + 1 : kept;
}

/** binary16 bit pattern → number (exact: every half value is a float32). */
export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1024 + fraction) * 2 ** (exponent - 25);
}

/** A float16 tensor's bits, widened to float32 for post-processing. */
export function float16ToFloat32Array(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = fromFloat16Bits(bits[i]);
  return out;
}
