import { describe, expect, it } from "vitest";
import { msFpErrorBound, quantizeMsFp } from "./ms-fp";
import type { MsFpFormat } from "./types";

// mulberry32 + Box–Muller: the same "random" normal data on every run.
function normalData(count: number, seed: number): Float32Array {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return out;
}

const FORMATS: MsFpFormat[] = ["ms-fp8", "ms-fp9"];

describe("quantizeMsFp", () => {
  const data = normalData(4096, 42);

  it.each(FORMATS)("%s keeps every value within the error bound of its block", (format) => {
    for (const blockSize of [1, 16, 64]) {
      const { values, sharedExponents } = quantizeMsFp({ values: data, format, blockSize });
      expect(sharedExponents.length).toBe(Math.ceil(data.length / blockSize));
      for (let start = 0; start < data.length; start += blockSize) {
        const block = data.subarray(start, start + blockSize);
        const bound = msFpErrorBound({ format, blockMaxAbs: Math.max(...block.map(Math.abs)) });
        block.forEach((v, i) => expect(Math.abs(values[start + i] - v)).toBeLessThanOrEqual(bound));
      }
    }
  });

  it("is more accurate in ms-fp9 than in ms-fp8", () => {
    const fp8 = quantizeMsFp({ values: data, format: "ms-fp8" });
    const fp9 = quantizeMsFp({ values: data, format: "ms-fp9" });
    expect(fp9.rmsError).toBeLessThan(fp8.rmsError);
    expect(fp9.maxAbsError).toBeLessThan(fp8.maxAbsError);
  });

  it("round-trips representable values exactly", () => {
    // Shared exponent 0, ulp 2^(0 − 2 + 1) = 0.5 in ms-fp8: magnitudes 0, 0.5, 1, 1.5.
    const exact = new Float32Array([1.5, -1, 0.5, 0, -1.5, 1, -0.5, 0]);
    const result = quantizeMsFp({ values: exact, format: "ms-fp8", blockSize: 8 });
    expect(Array.from(result.values)).toEqual(Array.from(exact));
    expect(Array.from(result.sharedExponents)).toEqual([0]);
    expect(result.maxAbsError).toBe(0);
    expect(result.rmsError).toBe(0);
  });

  it("keeps a block of zeros as zeros", () => {
    const result = quantizeMsFp({ values: new Float32Array(20), format: "ms-fp9" });
    expect(Array.from(result.values)).toEqual(new Array(20).fill(0));
    expect(Array.from(result.sharedExponents)).toEqual([-15, -15]);
  });

  it("rounds ties to the even magnitude", () => {
    // ulp 0.5: 0.25 → 0.5 ulp → 0; 0.75 → 1.5 ulp → 2 ulp; 1.25 → 2.5 ulp → 2 ulp.
    const result = quantizeMsFp({ values: new Float32Array([1.5, 0.25, 0.75, 1.25, -0.75]), format: "ms-fp8", blockSize: 8 });
    expect(Array.from(result.values)).toEqual([1.5, 0, 1, 1, -1]);
  });

  it("moves the shared exponent up when the block max would round past the largest magnitude", () => {
    // 1.9 at exponent 0 is 3.8 ulp → 4 > 3; at exponent 1 (ulp 1) it is 2.
    const result = quantizeMsFp({ values: new Float32Array([1.9, 0.4]), format: "ms-fp8" });
    expect(Array.from(result.sharedExponents)).toEqual([1]);
    expect(Array.from(result.values)).toEqual([2, 0]);
    expect(msFpErrorBound({ format: "ms-fp8", blockMaxAbs: 1.9 })).toBe(0.5);
  });

  it("saturates past the top exponent and flushes tiny values to zero", () => {
    // 5-bit exponent: E ≤ 16, ulp 2^15 in ms-fp8, largest magnitude 3 · 2^15 = 98,304.
    const big = quantizeMsFp({ values: new Float32Array([1e6, -1e6, 1]), format: "ms-fp8" });
    expect(Array.from(big.values)).toEqual([98_304, -98_304, 0]);
    expect(big.maxAbsError).toBe(1e6 - 98_304);
    expect(msFpErrorBound({ format: "ms-fp8", blockMaxAbs: 1e6 })).toBe(1e6 - 98_304);
    // E ≥ −15: ulp 2^−16, so 1e−9 is far under half an ulp.
    const tiny = quantizeMsFp({ values: new Float32Array([1e-9, -1e-9]), format: "ms-fp8" });
    expect(Array.from(tiny.values)).toEqual([0, 0]);
    expect(Array.from(tiny.sharedExponents)).toEqual([-15]);
  });

  it("takes block size and widths as parameters and rejects what it cannot encode", () => {
    const wide = quantizeMsFp({ values: new Float32Array([3.3]), format: "ms-fp9", exponentBits: 8, mantissaBits: 7 });
    expect(wide.sharedExponents).toBeInstanceOf(Int16Array);
    expect(wide.maxAbsError).toBeLessThanOrEqual(2 ** (1 - 7));
    expect(() => quantizeMsFp({ values: new Float32Array([NaN]), format: "ms-fp8" })).toThrow(/cannot encode/);
    expect(() => quantizeMsFp({ values: new Float32Array([1]), format: "ms-fp8", blockSize: 0 })).toThrow(/blockSize/);
  });
});
