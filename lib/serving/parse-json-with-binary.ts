import { randomBytes } from "node:crypto";
import { decodeBase64, type Base64Dialect } from "./decode-base64";

// JSON.parse for request bodies that carry images as base64 strings (TF Serving's
// {"b64": …}, the v2 protocol's BYTES elements). Turning a 283 KB body into a string and
// parsing it took 2.35 ms of the node's event loop per request on these machines
// (`npm run bench:protocol-floors`), and the image string was then checked and decoded again. Here every long string without escapes
// is cut out of the body before parsing — found with Buffer.indexOf, which is memchr —
// and left in the parsed value as a placeholder that `base64()` decodes straight from the
// body's bytes. No maintained JSON parser for Node does this without a native addon, and
// the scan is small: strings are delimited by unescaped quotes, and nothing else in JSON
// contains a quote or a backslash.

export type ParsedJsonWithBinary = {
  value: unknown;
  /** A string of the parsed value as base64-decoded bytes; null when it is not base64. */
  base64: (value: string, dialect?: Base64Dialect) => Buffer | null;
};

/** Strings at least this long are cut out; shorter ones are parsed as usual. */
const MIN_CUT = 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Throws a SyntaxError, as JSON.parse does, for a body that is not JSON. */
export function parseJsonWithBinary(body: Buffer): ParsedJsonWithBinary {
  // A placeholder names a secret of this parse, so no string a client sends can pass for one.
  const mark = `\u0000binary:${randomBytes(9).toString("base64")}:`;
  const cuts: [number, number][] = [];
  const parts: Buffer[] = [];
  let kept = 0;
  for (let open = body.indexOf(QUOTE); open !== -1; ) {
    let close = body.indexOf(QUOTE, open + 1);
    while (close !== -1 && isEscaped(body, close)) close = body.indexOf(QUOTE, close + 1);
    if (close === -1) break; // unterminated: JSON.parse reports it
    if (close - open - 1 >= MIN_CUT && body.subarray(open + 1, close).indexOf(BACKSLASH) === -1) {
      parts.push(body.subarray(kept, open), Buffer.from(JSON.stringify(`${mark}${cuts.length}`)));
      cuts.push([open + 1, close]);
      kept = close + 1;
    }
    open = body.indexOf(QUOTE, close + 1);
  }
  const text = cuts.length === 0 ? body.toString("utf8") : Buffer.concat([...parts, body.subarray(kept)]).toString("utf8");
  const value: unknown = JSON.parse(text);
  return {
    value,
    base64: (string, dialect) => {
      const cut = string.startsWith(mark) ? cuts[Number(string.slice(mark.length))] : undefined;
      return decodeBase64(cut ? body.subarray(cut[0], cut[1]) : Buffer.from(string, "utf8"), dialect);
    },
  };
}

function isEscaped(body: Buffer, at: number): boolean {
  let backslashes = 0;
  while (body[at - 1 - backslashes] === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}
