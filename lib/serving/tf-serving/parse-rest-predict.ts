import { AppError } from "@/lib/errors";
import { parseJsonWithBinary, type ParsedJsonWithBinary } from "../parse-json-with-binary";
import type { ScoringInput } from "./decode-tensor";

// TF Serving's REST predict body (PROTOCOLS.md): {"instances": [...]} (rows: one element
// per batch item) or {"inputs": ...} (columns: the value carries its batch dimension).
// A value is an image as {"b64": "<base64>"} or a preprocessed float tensor as nested
// arrays. One input per request (this node's services take one), batch of one.

export type RestPredict = { format: "row" | "columnar"; input: ScoringInput };

type Base64 = ParsedJsonWithBinary["base64"];

export function parseRestPredict(bytes: Buffer): RestPredict {
  let parsed: ParsedJsonWithBinary;
  try {
    parsed = parseJsonWithBinary(bytes);
  } catch {
    throw invalid("The body is not JSON: send {\"instances\": [...]} or {\"inputs\": ...}.");
  }
  const { value: body, base64 } = parsed;
  if (!isObject(body)) throw invalid("The body must be a JSON object: {\"instances\": [...]} or {\"inputs\": ...}.");
  const hasInstances = "instances" in body;
  if (hasInstances === "inputs" in body) throw invalid("Send exactly one of \"instances\" (row format) or \"inputs\" (columnar format).");
  if (hasInstances) {
    const rows = body.instances;
    if (!Array.isArray(rows)) throw invalid("\"instances\" must be a list, one element per input of the batch.");
    if (rows.length !== 1) throw invalid(`"instances" holds ${rows.length} elements; this service scores one at a time (batch of one).`);
    return { format: "row", input: toInput(singleValue(rows[0]), true, base64) };
  }
  return { format: "columnar", input: toInput(singleValue(body.inputs), false, base64) };
}

/** A named-inputs object ({"images": …}) or the bare value of the one input. */
function singleValue(value: unknown): unknown {
  if (isObject(value) && !("b64" in value)) {
    const entries = Object.entries(value);
    if (entries.length !== 1) throw invalid(`Send exactly one input (the image, or a preprocessed tensor); the request names ${entries.length}.`);
    return entries[0][1];
  }
  return value;
}

/** `isRow`: the value is one batch item, so the batch dimension [1] is implied. */
function toInput(value: unknown, isRow: boolean, base64: Base64): ScoringInput {
  if (isRow ? isObject(value) : isObject(value) || (Array.isArray(value) && isObject(value[0]))) {
    const items = isRow || isObject(value) ? [value] : (value as unknown[]);
    if (items.length !== 1) throw invalid(`The input holds ${items.length} images; this service scores one at a time (batch of one).`);
    return { image: decodeB64(items[0], base64) };
  }
  const dims: number[] = isRow ? [1] : [];
  const data: number[] = [];
  flatten(value, dims, data);
  return { tensor: { data: Float32Array.from(data), dims } };
}

function decodeB64(item: unknown, base64: Base64): Buffer {
  if (!isObject(item) || typeof item.b64 !== "string") throw invalid("A binary value must be {\"b64\": \"<base64>\"}.");
  // TF Serving takes either alphabet, padded or not.
  const bytes = base64(item.b64, { urlSafe: true });
  if (!bytes) throw invalid("The \"b64\" value is not base64.");
  if (bytes.length === 0) throw new AppError("invalid_image", "The \"b64\" value is empty, not an image.");
  return bytes;
}

/** Nested lists of numbers into row-major data after `dims`, refusing ragged lists (differing lengths or depths). */
function flatten(root: unknown, dims: number[], data: number[]): void {
  if (!Array.isArray(root)) throw invalid("A tensor must be nested lists of numbers, or {\"b64\": …} for an image.");
  const offset = dims.length;
  let leafDepth: number | undefined;
  const visit = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      if (leafDepth !== undefined && depth >= leafDepth) throw ragged();
      const at = offset + depth;
      if (dims.length === at) dims.push(value.length);
      else if (dims[at] !== value.length) throw ragged();
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) throw invalid("A tensor's values must be finite numbers.");
    leafDepth ??= depth;
    if (depth !== leafDepth || dims.length !== offset + depth) throw ragged();
    data.push(value);
  };
  visit(root, 0);
}

const ragged = () => invalid("The tensor is ragged: its nested lists differ in length or depth.");

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalid(message: string) {
  return new AppError("validation_failed", message);
}
