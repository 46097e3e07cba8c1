import { Root, type IConversionOptions, type Type } from "protobufjs/light.js";
import { TENSORFLOW_DESCRIPTOR } from "./tensorflow-descriptor";

// From the committed descriptor, as lib/onnx/onnx-root.ts does, so Node and a Next
// bundle load the same schema without reading tensorflow.proto at run time.
let root: Root | undefined;

/** The protobufjs type of a TensorFlow message, e.g. getTensorflowType("GraphDef"). */
export function getTensorflowType(messageName: string): Type {
  root ??= Root.fromJSON(TENSORFLOW_DESCRIPTOR);
  return root.lookupType(`tensorflow.${messageName}`);
}

// int64 → number (dims and attribute ints are far below 2^53); enums → names
// ("DT_FLOAT"); bytes stay buffers; repeated fields always arrays.
export const TO_OBJECT: IConversionOptions = { longs: Number, enums: String, arrays: true, defaults: false };
