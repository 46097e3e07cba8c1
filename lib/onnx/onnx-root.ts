import { Root, type Type } from "protobufjs/light.js";
import { ONNX_DESCRIPTOR } from "./onnx-descriptor";

// Built from the committed JSON descriptor, never from onnx.proto on disk, so the same
// code runs under Node/tsx and inside a Next.js (Turbopack) server bundle. Only the
// light build is needed ("protobufjs/light.js" as its README names it: no .proto
// parser; the .js suffix lets plain Node ESM resolve it). protobufjs generates its
// decoders with `new Function`, so this needs the Node.js runtime, not Edge.
let root: Root | undefined;

/** The protobufjs type of an ONNX message, e.g. getOnnxType("ModelProto"). */
export function getOnnxType(messageName: string): Type {
  root ??= Root.fromJSON(ONNX_DESCRIPTOR);
  return root.lookupType(`onnx.${messageName}`);
}
