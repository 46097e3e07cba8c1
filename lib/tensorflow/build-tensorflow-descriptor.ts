import { parse, type INamespace } from "protobufjs";

/**
 * Parses tensorflow.proto into the protobufjs JSON descriptor that
 * tensorflow-descriptor.ts commits. Field names become camelCase (tensorShape,
 * floatVal), the proto3 JSON names, which is also how a TensorFlow.js model.json spells
 * its GraphDef: one decoded shape serves both forms.
 */
export function buildTensorflowDescriptor(protoSource: string): INamespace {
  const { root } = parse(protoSource, { keepCase: false });
  return root.toJSON() as INamespace;
}
