import { describe, expect, it } from "vitest";
import { layoutOf, quantizeMsFp } from "./ms-fp";
import { quantizeMsFpInPlace } from "./quantize-ms-fp-in-place";

// The in-place quantiser the converter uses must give exactly ms-fp.ts's numbers.

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe("quantizeMsFpInPlace", () => {
  const random = seeded(7);
  const cases = [
    { name: "weights around 0.05", scale: 0.05 },
    { name: "large values that saturate", scale: 1e6 },
    { name: "tiny values that flush", scale: 1e-7 },
    { name: "subnormal float32s", scale: 1e-40 },
  ];
  for (const { name, scale } of cases) {
    for (const [format, blockSize, exponentBits] of [["ms-fp9", 1, 5], ["ms-fp9", 16, 5], ["ms-fp8", 7, 5], ["ms-fp8", 128, 8]] as const) {
      it(`matches quantizeMsFp on ${name} (${format}, blocks of ${blockSize}, ${exponentBits}-bit exponent)`, () => {
        const values = Float32Array.from({ length: 1000 }, () => (random() - 0.5) * scale * (random() < 0.1 ? 8 : 1));
        values[3] = 0;
        values[500] = 0.5; // a tie at some exponents
        const expected = quantizeMsFp({ values, format, blockSize, exponentBits });
        const actual = values.slice();
        const error = { maxAbsError: 0, squaredError: 0 };
        quantizeMsFpInPlace(actual, 0, actual.length, blockSize, layoutOf({ format, exponentBits }), error);
        expect(Array.from(actual)).toEqual(Array.from(expected.values));
        expect(error.maxAbsError).toBeCloseTo(expected.maxAbsError, 12);
        expect(Math.sqrt(error.squaredError / values.length)).toBeCloseTo(expected.rmsError, 12);
      });
    }
  }
});
