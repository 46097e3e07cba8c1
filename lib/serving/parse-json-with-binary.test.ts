import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeBase64 } from "./decode-base64";
import { parseJsonWithBinary } from "./parse-json-with-binary";

// Images travel in JSON as base64; these two read them without the usual string copies,
// so they must agree with JSON.parse and with a strict reading of base64 on everything.

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("decodeBase64", () => {
  it("decodes what Node encodes, at every length, in both alphabets", () => {
    for (let length = 0; length < 70; length++) {
      const data = randomBytes(length);
      expect(decodeBase64(bytes(data.toString("base64")))).toEqual(data);
      expect(decodeBase64(bytes(data.toString("base64url")), { urlSafe: true })).toEqual(data);
      expect(decodeBase64(bytes(data.toString("base64").replace(/=+$/, "")))).toEqual(data);
    }
  });

  it("refuses what is not base64 instead of skipping it", () => {
    for (const text of ["a", "abcde", "ab=c", "a===", "ab*d", "ab d", "abc\n", "é123", "YWJj-_8", "=abc"]) {
      expect(decodeBase64(bytes(text)), text).toBeNull();
    }
    expect(decodeBase64(bytes("YWJj-_8"), { urlSafe: true })).toEqual(Buffer.from([0x61, 0x62, 0x63, 0xfb, 0xff]));
    expect(decodeBase64(bytes("YWI"), { paddingRequired: true })).toBeNull();
    expect(decodeBase64(bytes("YWI="), { paddingRequired: true })).toEqual(Buffer.from("ab"));
  });
});

describe("parseJsonWithBinary", () => {
  it("parses as JSON.parse does, with long strings standing in for their bytes", () => {
    const images = [randomBytes(3000), randomBytes(5001)];
    const body = { "a\\\"b": "x\"y", inputs: images.map((image, i) => ({ name: `in${i}`, data: [image.toString("base64")] })), note: "é ünïcode", n: [1, 2.5, null, true] };
    const parsed = parseJsonWithBinary(bytes(JSON.stringify(body)));
    const value = parsed.value as typeof body;
    expect({ ...value, inputs: undefined }).toEqual({ ...body, inputs: undefined });
    expect(value.inputs.map((input) => parsed.base64(input.data[0]))).toEqual(images);
    expect(value.inputs.map((input) => input.name)).toEqual(["in0", "in1"]);
  });

  it("leaves a long string with escapes to JSON.parse, and decodes short ones too", () => {
    const long = `${"A".repeat(2000)}\\"${"B".repeat(2000)}`;
    const parsed = parseJsonWithBinary(bytes(`{"s":"${long}","t":"YWJj"}`));
    expect((parsed.value as { s: string }).s).toBe(`${"A".repeat(2000)}"${"B".repeat(2000)}`);
    expect(parsed.base64((parsed.value as { t: string }).t)).toEqual(Buffer.from("abc"));
  });

  it("throws JSON.parse's SyntaxError for what is not JSON, cut strings or not", () => {
    for (const text of ["", "{", `{"a":"${"A".repeat(2000)}"`, `{"a":"${"A".repeat(2000)}"}}`, `["${"A".repeat(2000)}`, "nope"]) {
      expect(() => parseJsonWithBinary(bytes(text)), text.slice(0, 20)).toThrow(SyntaxError);
    }
  });

  it("does not let a client's string pass for a cut one", () => {
    const parsed = parseJsonWithBinary(bytes(JSON.stringify({ s: "\u0000binary:0", t: "A".repeat(2000) })));
    expect(parsed.base64((parsed.value as { s: string }).s)).toBeNull();
  });
});
