import { describe, expect, it } from "vitest";
import { float16ToFloat32Array, fromFloat16Bits, toFloat16Bits } from "./float16";

describe("float16 conversion", () => {
  it("rounds to the nearest half, ties to even, as IEEE 754 binary16 requires", () => {
    const cases: [number, number][] = [
      [0, 0x0000],
      [-0, 0x8000],
      [1, 0x3c00],
      [-2, 0xc000],
      [0.1, 0x2e66],
      [255, 0x5bf8],
      [65504, 0x7bff], // largest finite half
      [65519, 0x7bff], // below the midpoint to 65536: stays finite
      [65520, 0x7c00], // the midpoint rounds to even, which is the overflow: Infinity
      [1 + 2 ** -11, 0x3c00], // halfway between 1 and the next half: ties to even (1)
      [1 + 3 * 2 ** -11, 0x3c02], // halfway between 0x3c01 and 0x3c02: ties to even
      [2 ** -14, 0x0400], // smallest normal
      [2 ** -24, 0x0001], // smallest subnormal
      [2 ** -25, 0x0000], // half the smallest subnormal: ties to even (0)
      [1.5 * 2 ** -25, 0x0001],
      [2 ** -14 - 2 ** -25, 0x0400], // rounds up out of the subnormals
      [Infinity, 0x7c00],
      [-Infinity, 0xfc00],
    ];
    for (const [value, bits] of cases) expect([value, toFloat16Bits(value)]).toEqual([value, bits]);
    expect(toFloat16Bits(NaN) & 0x7c00).toBe(0x7c00);
    expect(toFloat16Bits(NaN) & 0x3ff).not.toBe(0);
  });

  it("round-trips every finite half value", () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const exponent = (bits >> 10) & 0x1f;
      if (exponent === 0x1f) continue;
      const back = toFloat16Bits(fromFloat16Bits(bits));
      if (back !== bits) throw new Error(`0x${bits.toString(16)} came back as 0x${back.toString(16)}`);
    }
    expect(fromFloat16Bits(0x7c00)).toBe(Infinity);
    expect(fromFloat16Bits(0x7e00)).toBeNaN();
    expect(Array.from(float16ToFloat32Array(Uint16Array.of(0x3c00, 0xc000, 0x0001)))).toEqual([1, -2, 2 ** -24]);
  });
});
