import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { halfToFloat } from "./data-types";
import { decodeTfjsWeights } from "./decode-tfjs-weights";

describe("decodeTfjsWeights", () => {
  it("reads weights in manifest order: float32, int32, then quantised uint8 / uint16 as min + q·scale and float16 widened", () => {
    const data = Buffer.concat([
      Buffer.from(new Float32Array([1.5, -2]).buffer),
      Buffer.from(new Int32Array([7]).buffer),
      Buffer.from([0, 1, 255]),
      Buffer.from(new Uint16Array([0, 1000]).buffer),
      Buffer.from(new Uint16Array([0x3c00, 0xc000]).buffer), // 1.0, −2.0 in binary16
    ]);
    const weights = decodeTfjsWeights({
      data,
      specs: [
        { name: "f", shape: [2], dtype: "float32" },
        { name: "i", shape: [1], dtype: "int32" },
        { name: "q8", shape: [3], dtype: "float32", quantization: { dtype: "uint8", min: -1, scale: 0.5 } },
        { name: "q16", shape: [2], dtype: "float32", quantization: { dtype: "uint16", min: 2, scale: 0.001 } },
        { name: "h", shape: [1, 2], dtype: "float32", quantization: { dtype: "float16" } },
      ],
    });
    expect(Array.from(weights.get("f")!.values as Float32Array)).toEqual([1.5, -2]);
    expect(Array.from(weights.get("i")!.values as Int32Array)).toEqual([7]);
    expect(Array.from(weights.get("q8")!.values as Float32Array)).toEqual([-1, -0.5, 126.5]);
    expect(weights.get("q8")!.storedAs).toEqual({ dtype: "uint8", min: -1, scale: 0.5 });
    const q16 = Array.from(weights.get("q16")!.values as Float32Array);
    expect(q16[0]).toBe(2);
    expect(q16[1]).toBeCloseTo(3, 5);
    expect(weights.get("h")).toMatchObject({ dtype: "float32", shape: [1, 2] });
    expect(Array.from(weights.get("h")!.values as Float32Array)).toEqual([1, -2]);
    // Each weight owns its bytes: not a view of the whole shard set.
    expect((weights.get("f")!.values as Float32Array).buffer.byteLength).toBe(8);
  });

  it("refuses shards shorter or longer than the manifest (invalid_model)", () => {
    const specs = [{ name: "w", shape: [4], dtype: "float32" }];
    const code = (data: Uint8Array) => {
      try {
        decodeTfjsWeights({ specs, data });
        return "no error";
      } catch (error) {
        return isAppError(error) ? error.code : String(error);
      }
    };
    expect(code(new Uint8Array(12))).toBe("invalid_model");
    expect(code(new Uint8Array(20))).toBe("invalid_model");
    expect(code(new Uint8Array(16))).toBe("no error");
  });

  it("decodes IEEE binary16, subnormals and infinities included", () => {
    expect(halfToFloat(0x3555)).toBeCloseTo(0.33325, 4);
    expect(halfToFloat(0x0001)).toBeCloseTo(5.96e-8, 9);
    expect(halfToFloat(0x7c00)).toBe(Infinity);
    expect(halfToFloat(0xfc00)).toBe(-Infinity);
  });
});
