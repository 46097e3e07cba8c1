import { describe, expect, it } from "vitest";
import { dataTypeCode } from "./data-types";
import type { OnnxTensor } from "./model-proto-types";
import { isExternalTensor, readTensorNumbers, tensorByteSize, tensorElementCount } from "./tensor-data";

function tensor(fields: Partial<OnnxTensor>): OnnxTensor {
  return {
    dims: [], float_data: [], int32_data: [], string_data: [], int64_data: [], double_data: [],
    uint64_data: [], external_data: [], metadata_props: [], ...fields,
  };
}

describe("tensor data", () => {
  it("reads typed fields: float16 bit patterns and int8 values live in int32_data", () => {
    // 0x3C00 = 1.0, 0xC000 = −2.0, 0x3555 ≈ 0.333 in IEEE binary16
    const half = tensor({ dims: [3], data_type: dataTypeCode("float16"), int32_data: [0x3c00, 0xc000, 0x3555] });
    expect(readTensorNumbers(half)).toEqual([1, -2, expect.closeTo(0.3333, 3)]);
    expect(tensorByteSize(half)).toBe(6);
    const int8 = tensor({ dims: [2], data_type: dataTypeCode("int8"), int32_data: [-128, 127] });
    expect(readTensorNumbers(int8)).toEqual([-128, 127]);
    expect(readTensorNumbers(tensor({ dims: [2], data_type: dataTypeCode("int64"), int64_data: [0, -1] }))).toEqual([0, -1]);
  });

  it("reads little-endian raw_data", () => {
    const raw = Buffer.alloc(16);
    raw.writeBigInt64LE(-1n, 0);
    raw.writeBigInt64LE(1280n, 8);
    expect(readTensorNumbers(tensor({ dims: [2], data_type: dataTypeCode("int64"), raw_data: raw }))).toEqual([-1, 1280]);
    const half = Buffer.from([0x00, 0x3c, 0x00, 0xc0]);
    expect(readTensorNumbers(tensor({ dims: [2], data_type: dataTypeCode("float16"), raw_data: half }))).toEqual([1, -2]);
  });

  it("sizes external and sub-byte tensors from dims without reading data", () => {
    const external = tensor({
      dims: [64, 3, 7, 7],
      data_type: dataTypeCode("float32"),
      data_location: "EXTERNAL",
      external_data: [{ key: "location", value: "weights.bin" }],
    });
    expect(isExternalTensor(external)).toBe(true);
    expect(tensorElementCount(external)).toBe(9408);
    expect(tensorByteSize(external)).toBe(9408 * 4);
    expect(readTensorNumbers(external)).toBeNull();
    expect(tensorByteSize(tensor({ dims: [3], data_type: dataTypeCode("int4") }))).toBe(2);
    expect(tensorElementCount(tensor({ dims: [] }))).toBe(1);
  });
});
