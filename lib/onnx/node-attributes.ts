import type { OnnxAttribute, OnnxNode, OnnxTensor } from "./model-proto-types";
import type { AttributeValue } from "./types";

export type NodeAttributes = {
  has(name: string): boolean;
  int(name: string, fallback: number): number;
  ints(name: string): number[] | null;
  float(name: string, fallback: number): number;
  floats(name: string): number[] | null;
  string(name: string, fallback: string): string;
  tensor(name: string): OnnxTensor | null;
};

const decoder = new TextDecoder();

/** Typed look-ups of a node's attributes by name, with the operator's defaults supplied by the caller. */
export function readNodeAttributes(node: OnnxNode): NodeAttributes {
  const byName = new Map<string, OnnxAttribute>(node.attribute.map((a) => [a.name ?? "", a]));
  return {
    has: (name) => byName.has(name),
    int: (name, fallback) => byName.get(name)?.i ?? fallback,
    ints: (name) => {
      const attr = byName.get(name);
      return attr ? attr.ints : null;
    },
    float: (name, fallback) => byName.get(name)?.f ?? fallback,
    floats: (name) => {
      const attr = byName.get(name);
      return attr ? attr.floats : null;
    },
    string: (name, fallback) => {
      const bytes = byName.get(name)?.s;
      return bytes ? decoder.decode(bytes) : fallback;
    },
    tensor: (name) => byName.get(name)?.t ?? null,
  };
}

const MAX_LIST_LENGTH = 64;

/**
 * The scalar and list attributes of a node as JSON-safe values. Tensors, graphs and
 * type protos are left out, as are lists longer than 64 items: LayerInfo stays small.
 */
export function toJsonAttributes(node: OnnxNode): Record<string, AttributeValue> {
  const result: Record<string, AttributeValue> = {};
  for (const attr of node.attribute) {
    const value = jsonValue(attr);
    if (attr.name && value !== undefined) result[attr.name] = value;
  }
  return result;
}

function jsonValue(attr: OnnxAttribute): AttributeValue | undefined {
  const finite = (n: number) => (Number.isFinite(n) ? n : String(n));
  switch (attr.type ?? guessType(attr)) {
    case "INT": return attr.i ?? 0;
    case "FLOAT": return finite(attr.f ?? 0);
    case "STRING": return attr.s ? decoder.decode(attr.s) : "";
    case "INTS": return attr.ints.length <= MAX_LIST_LENGTH ? attr.ints.slice() : undefined;
    case "FLOATS":
      return attr.floats.length <= MAX_LIST_LENGTH && attr.floats.every(Number.isFinite)
        ? attr.floats.slice()
        : undefined;
    case "STRINGS":
      return attr.strings.length <= MAX_LIST_LENGTH ? attr.strings.map((s) => decoder.decode(s)) : undefined;
    default: return undefined;
  }
}

// IR version 1 had no `type` discriminator; onnx.proto says to look at which field is set.
function guessType(attr: OnnxAttribute): OnnxAttribute["type"] {
  if (attr.ints.length) return "INTS";
  if (attr.floats.length) return "FLOATS";
  if (attr.strings.length) return "STRINGS";
  if (attr.s) return "STRING";
  if (attr.i !== undefined) return "INT";
  if (attr.f !== undefined) return "FLOAT";
  return "UNDEFINED";
}
