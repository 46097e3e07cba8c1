import type { TfNode } from "./types";

// Reading attributes of decoded nodes. Bytes may be a Buffer (.pb, base64 JSON) or a
// plain byte array (older model.json files write `"s": [78, 72, 87, 67]`).
const text = (bytes: Uint8Array | number[] | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes as Uint8Array).toString("utf8"));

export function attrString(node: TfNode, key: string): string | undefined {
  return text(node.attr[key]?.s);
}

export function attrStrings(node: TfNode, key: string): string[] {
  return (node.attr[key]?.list?.s ?? []).map((s) => text(s)!);
}

export function attrInts(node: TfNode, key: string): number[] | undefined {
  const list = node.attr[key]?.list?.i;
  return list && list.length > 0 ? list.map(Number) : undefined;
}

export function attrBool(node: TfNode, key: string): boolean {
  return node.attr[key]?.b ?? false;
}
