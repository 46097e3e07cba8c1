import path from "node:path";
import { Root, type INamespace } from "protobufjs";

// Imports resolve against the serving protocols' protos, where TensorProto and its
// companions are defined once for the whole product.
const SERVING_PROTOS = path.join(import.meta.dirname, "..", "serving", "protos");

/**
 * Parses tensorflow.proto (and what it imports) into the protobufjs JSON descriptor that
 * tensorflow-descriptor.ts commits. Field names become camelCase (tensorShape,
 * floatVal), the proto3 JSON names, which is also how a TensorFlow.js model.json spells
 * its GraphDef: one decoded shape serves both forms.
 */
export function buildTensorflowDescriptor(protoFile: string): INamespace {
  const root = new Root();
  root.resolvePath = (origin, target) => (path.isAbsolute(target) ? target : target.startsWith("tensorflow/core/") ? path.join(SERVING_PROTOS, target) : path.resolve(path.dirname(origin), target));
  root.loadSync(protoFile, { keepCase: false });
  return root.toJSON() as INamespace;
}
