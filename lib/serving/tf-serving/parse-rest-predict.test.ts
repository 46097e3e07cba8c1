import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeTensor } from "./decode-tensor";
import { parseRestPredict } from "./parse-rest-predict";

// The TF Serving request shapes read without a server: what is accepted, and the clear
// validation_failed for what is not.

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe("parseRestPredict", () => {
  it("reads row and columnar forms, named or bare, images and nested float lists", () => {
    const b64 = Buffer.from("jpeg").toString("base64");
    expect(parseRestPredict(json({ instances: [{ b64 }] }))).toEqual({ format: "row", input: { image: Buffer.from("jpeg") } });
    expect(parseRestPredict(json({ inputs: { images: [{ b64 }] } })).input.image).toEqual(Buffer.from("jpeg"));
    const rows = parseRestPredict(json({ instances: [[[1, 2], [3, 4]]] }));
    expect(rows.input.tensor).toEqual({ data: Float32Array.from([1, 2, 3, 4]), dims: [1, 2, 2] });
    expect(parseRestPredict(json({ inputs: { x: [[1, 2]] } })).input.tensor?.dims).toEqual([1, 2]);
  });

  it("refuses ragged lists, non-numbers, bad base64 and a body with both forms", () => {
    for (const body of [{ instances: [[1, [2]]] }, { instances: [[[1], 2]] }, { instances: [["a"]] }, { instances: [{ b64: "a" }] }, { instances: [], inputs: [] }, { instances: {} }]) {
      expect(() => parseRestPredict(json(body)), JSON.stringify(body)).toThrow(expect.objectContaining({ code: "validation_failed" }));
    }
  });

  it("decodes an image-sized b64 value from the body's bytes, in either alphabet, and refuses one with a stray character", () => {
    const image = randomBytes(50_000);
    expect(parseRestPredict(json({ instances: [{ b64: image.toString("base64") }] })).input.image).toEqual(image);
    expect(parseRestPredict(json({ inputs: { images: [{ b64: image.toString("base64url") }] } })).input.image).toEqual(image);
    const mangled = image.toString("base64").replace(/^(.{30000})./s, "$1*");
    expect(() => parseRestPredict(json({ instances: [{ b64: mangled }] }))).toThrow(/not base64/);
  });
});

describe("decodeTensor", () => {
  it("reads DT_FLOAT from tensor_content (little-endian) and float_val alike", () => {
    const content = Buffer.alloc(8);
    content.writeFloatLE(1.5, 0);
    content.writeFloatLE(-2, 4);
    const shape = { dim: [{ size: 1 }, { size: 2 }] };
    expect(decodeTensor({ name: "x", tensor: { dtype: "DT_FLOAT", tensor_shape: shape, tensor_content: content } }).tensor?.data).toEqual(Float32Array.from([1.5, -2]));
    expect(decodeTensor({ name: "x", tensor: { dtype: "DT_FLOAT", tensor_shape: shape, float_val: [1.5, -2] } }).tensor?.data).toEqual(Float32Array.from([1.5, -2]));
    expect(() => decodeTensor({ name: "x", tensor: { dtype: "DT_FLOAT", tensor_shape: shape, tensor_content: Buffer.alloc(4) } })).toThrow(/holds 4 bytes/);
  });
});
