import { describe, expect, it } from "vitest";
import { decodeRawBytes, decodeRawFp32, encodeRawFp32 } from "./decode-raw-contents";

// raw_input_contents layouts (PROTOCOLS.md): BYTES elements length-prefixed (4-byte LE), FP32 little-endian.

const prefixed = (...parts: Buffer[]) => Buffer.concat(parts.flatMap((p) => [Buffer.from(Uint32Array.of(p.length).buffer), p]));

describe("decodeRawBytes", () => {
  it("splits length-prefixed elements, empty ones included", () => {
    const elements = decodeRawBytes({ name: "x", raw: prefixed(Buffer.from("ab"), Buffer.alloc(0), Buffer.from("xyz")) });
    expect(elements.map((e) => e.toString())).toEqual(["ab", "", "xyz"]);
  });

  it("refuses a prefix that overruns the buffer, and a buffer too short for a prefix", () => {
    const raw = prefixed(Buffer.from("abcdef")).subarray(0, 7);
    expect(() => decodeRawBytes({ name: "x", raw })).toThrow(/declares 6 bytes, but only 3 follow/);
    expect(() => decodeRawBytes({ name: "x", raw: Buffer.from([1, 0]) })).toThrow(/too few for a 4-byte length prefix/);
  });
});

describe("decodeRawFp32", () => {
  it("reads little-endian floats from any offset, and round-trips with encodeRawFp32", () => {
    const values = Float32Array.of(1.5, -2, 3.25);
    const unaligned = Buffer.concat([Buffer.alloc(1), encodeRawFp32(values)]).subarray(1);
    expect(Array.from(decodeRawFp32({ name: "x", raw: unaligned }))).toEqual([1.5, -2, 3.25]);
  });

  it("refuses a length that is not a whole number of values", () => {
    expect(() => decodeRawFp32({ name: "x", raw: Buffer.alloc(5) })).toThrow(/not a whole number of FP32 values/);
  });
});
