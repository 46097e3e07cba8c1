import { describe, expect, it } from "vitest";
import { readRestInferRequest } from "./read-rest-request";
import { toScoringInput } from "./to-scoring-input";

const read = (json: unknown) => readRestInferRequest({ modelName: "m", body: Buffer.from(typeof json === "string" ? json : JSON.stringify(json)) });

describe("readRestInferRequest", () => {
  it("decodes a base64 BYTES element to the image's bytes", () => {
    const request = read({ id: "7", inputs: [{ name: "img", shape: [1], datatype: "BYTES", data: [Buffer.from("PNG!").toString("base64")] }] });
    expect(request.id).toBe("7");
    expect(toScoringInput(request.inputs).image?.toString()).toBe("PNG!");
  });

  it("flattens nested FP32 data row-major into the client's tensor", () => {
    const { tensor } = toScoringInput(read({ inputs: [{ name: "t", shape: [1, 2, 2], datatype: "FP32", data: [[[1, 2], [3, 4]]] }] }).inputs);
    expect(tensor).toEqual({ data: Float32Array.of(1, 2, 3, 4), dims: [1, 2, 2] });
  });

  it.each([
    ["[]", /JSON array, not an object/],
    ["null", /JSON null, not an object/],
    ["{", /not JSON/],
    [{ inputs: [{ name: "i", shape: [1], datatype: "BYTES", data: ["a-b_"] }] }, /not base64/], // base64url is not base64
    [{ inputs: [{ name: "i", shape: [1], datatype: "BYTES", data: ["abc"] }] }, /not base64/], // unpadded
    [{ inputs: [{ name: "i", shape: [1], datatype: "FP32", data: ["1"] }] }, /not a number/],
  ])("refuses %j", (body, message) => {
    expect(() => read(body)).toThrow(message);
  });
});

describe("toScoringInput", () => {
  it("refuses two inputs, two images, and a datatype it does not take", () => {
    const image = { name: "i", datatype: "BYTES", shape: [1], data: { kind: "bytes" as const, elements: [Buffer.from("x")] } };
    expect(() => toScoringInput([image, image])).toThrow(/takes one input/);
    expect(() => toScoringInput([{ ...image, shape: [2], data: { kind: "bytes", elements: [Buffer.from("x"), Buffer.from("y")] } }])).toThrow(/holds 2 images/);
    expect(() => toScoringInput([{ ...image, datatype: "UINT8", data: { kind: "none" } }])).toThrow(/datatype UINT8/);
  });
});
